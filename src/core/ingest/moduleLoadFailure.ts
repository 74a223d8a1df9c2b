import type { FileKind } from './fileKind'
import type { ParseError } from '../model/report'

/**
 * What each browser says when import() cannot load a module of the app: Chromium, Firefox, Safari.
 * The readers beyond plain text and HTML load on first use, so a lost network or a site redeployed
 * under new file names surfaces as one of these, long after the page itself loaded.
 */
const MODULE_LOAD_FAILURES = [
  'Failed to fetch dynamically imported module',
  'error loading dynamically imported module',
  'Importing a module script failed',
] as const

/** True when the error is a failed load of one of the app's own code files (not a fault of the input). */
export function isModuleLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return MODULE_LOAD_FAILURES.some((text) => message.includes(text))
}

/**
 * The cause and the remedy. Browsers remember a failed import for the life of the page, so only a
 * reload helps, even once the network is back; the workspace is kept in the browser across it.
 */
export const MODULE_LOAD_ADVICE = '（网络中断或网站已更新），请刷新页面后重试；已加载的报告不受影响'

const READER_NAMES: Partial<Record<FileKind, string>> = {
  pdf: '读取 PDF 文件',
  docx: '读取 Word 文件',
  doc: '读取 Word 或 WPS 文件',
  rtf: '读取 RTF 文档',
  zip: '解压 zip 压缩包',
}

/** The file could not be read because its reader's code did not load; the reports already read stay. */
export function readerUnavailable(kind: FileKind | undefined): ParseError {
  const task = (kind && READER_NAMES[kind]) ?? '读取此类文件'
  return {
    code: 'reader-unavailable',
    message: `无法加载${task}所需的程序组件${MODULE_LOAD_ADVICE}`,
  }
}
