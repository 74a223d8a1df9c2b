import type { Workspace, WorkspaceFileLine } from '../../core/workspace/workspace'
import type { FileEntry, WorkspaceContent } from '../../store'
import { EMPTY_FILTERS } from '../../store/slices/filtersSlice'

/** Said of every line whose reports an imported workspace file brought in, before the line's own message. */
export const IMPORTED_FILE_MESSAGE = '来自导入的工作区文件'

/** Said of a file still being read when the workspace was exported: its reports are not in the file. */
const UNFINISHED_AT_EXPORT = '导出工作区时此文件尚未读完，请重新添加'

/** The workspace file an import read, as its line in the file list names it. */
export interface ImportedSource {
  name: string
  size: number
}

/**
 * One clause, as ownMessage takes everything to the first "；" for it: a "；" in the file's name is written
 * as ";".
 */
function importedNote(source: ImportedSource): string {
  return `${IMPORTED_FILE_MESSAGE} ${source.name.replaceAll('；', ';')}`
}

/** A line's own message, without the note an earlier import put before it (one note is put back on import). */
function ownMessage(file: FileEntry): string | undefined {
  if (!file.imported || !file.message?.startsWith(IMPORTED_FILE_MESSAGE)) return file.message
  const rest = file.message.split('；').slice(1).join('；')
  return rest === '' ? undefined : rest
}

/** A file-list line as the workspace file keeps it: what became of the file, not the page's id for it. */
function fileLine(file: FileEntry): WorkspaceFileLine {
  const { name, size, reportIds, duplicateOf, namedAs } = file
  if (file.status === 'queued' || file.status === 'reading')
    return { name, size, status: 'failed', message: UNFINISHED_AT_EXPORT }
  const message = ownMessage(file)
  return {
    name,
    size,
    status: file.status,
    ...(message === undefined ? {} : { message }),
    ...(reportIds === undefined ? {} : { reportIds }),
    ...(duplicateOf === undefined ? {} : { duplicateOf }),
    ...(namedAs === undefined ? {} : { namedAs }),
  }
}

/** The parts of the store's workspace the file format carries (the store already uses its types). */
export function toWorkspace(
  content: Pick<
    WorkspaceContent,
    'reports' | 'corrections' | 'identityCorrections' | 'aliases' | 'filters' | 'files'
  >,
): Workspace {
  return {
    reports: content.reports,
    corrections: content.corrections,
    identityCorrections: content.identityCorrections,
    aliases: content.aliases,
    filters: content.filters,
    files: content.files.map(fileLine),
  }
}

/**
 * The file list a workspace file kept, line for line, failed and duplicate lines included. A line whose
 * reports the import brought in says so: they were not read from that file again.
 */
function restoredFiles(lines: readonly WorkspaceFileLine[], source: ImportedSource): FileEntry[] {
  return lines.map((line, index) => {
    const entry: FileEntry = { ...line, id: `imported-${index}` }
    if ((line.reportIds ?? []).length === 0) return entry
    const message = [importedNote(source), line.message].filter(Boolean).join('；')
    return { ...entry, message, imported: true }
  })
}

/**
 * A workspace file written before the file list was kept names no file its reports came from: the list
 * shows the workspace file itself, with all its reports, and says what it cannot show.
 */
function workspaceFileEntry(reports: Workspace['reports'], source: ImportedSource): FileEntry[] {
  if (reports.length === 0) return []
  return [
    {
      id: 'imported-0',
      name: source.name,
      size: source.size,
      status: 'read',
      // One clause (no "；"): an export of this list keeps none of it, as ownMessage drops the note.
      message: `${IMPORTED_FILE_MESSAGE}，含 ${reports.length} 份报告。该文件由旧版导出，未记录原来添加的文件（包括读取失败、重复的文件）`,
      reportIds: reports.map((entry) => entry.id),
      imported: true,
    },
  ]
}

/**
 * A file's workspace as store state. The comparison selection is not part of the file: an imported
 * workspace starts with none ticked.
 */
export function fromWorkspace(workspace: Workspace, source: ImportedSource): WorkspaceContent {
  return {
    reports: workspace.reports,
    corrections: workspace.corrections,
    identityCorrections: workspace.identityCorrections,
    aliases: workspace.aliases,
    filters: { ...EMPTY_FILTERS, ...workspace.filters },
    selectedIds: [],
    files: workspace.files
      ? restoredFiles(workspace.files, source)
      : workspaceFileEntry(workspace.reports, source),
  }
}
