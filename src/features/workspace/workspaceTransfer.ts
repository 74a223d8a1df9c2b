import { parseWorkspace, serializeWorkspace } from '../../core/workspace/workspace'
import type { WorkspaceContent } from '../../store'
import { downloadBlob } from '../export/download'
import { fromWorkspace, toWorkspace } from './workspaceMapping'

export type ExportResult = { ok: true; fileName: string } | { ok: false; message: string }
export type ImportResult = { ok: true; content: WorkspaceContent } | { ok: false; message: string }

/** "政府信息公开年报工作区_2025-03-01.json": says what it is and when it was taken. */
export function workspaceFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `政府信息公开年报工作区_${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`
}

/**
 * Downloads the whole workspace as one JSON file: reports with their sources, corrections, aliases, filters
 * and the file list.
 */
export function downloadWorkspace(content: WorkspaceContent, now: Date = new Date()): ExportResult {
  try {
    const json = serializeWorkspace(toWorkspace(content), now.toISOString())
    const fileName = workspaceFileName(now)
    downloadBlob(new Blob([json], { type: 'application/json' }), fileName)
    return { ok: true, fileName }
  } catch (error) {
    // A workspace too large for one string (hundreds of MB) ends up here rather than in a blank page.
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `工作区导出失败：${reason}` }
  }
}

/** The name the file list gives a workspace file that came without one (a Blob, not a File). */
const UNNAMED_WORKSPACE_FILE = '工作区文件'

/** Reads an exported workspace file; every problem comes back as a Chinese message, nothing throws. */
export async function readWorkspaceFile(file: Blob): Promise<ImportResult> {
  let text: string
  try {
    text = await file.text()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `无法读取工作区文件：${reason}` }
  }
  const parsed = parseWorkspace(text)
  if (!parsed.ok) return { ok: false, message: `无法导入工作区：${parsed.error.message}` }
  const name = file instanceof File ? file.name : UNNAMED_WORKSPACE_FILE
  return { ok: true, content: fromWorkspace(parsed.workspace, { name, size: file.size }) }
}
