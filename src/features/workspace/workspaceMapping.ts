import type { Workspace } from '../../core/workspace/workspace'
import type { FileEntry, WorkspaceContent } from '../../store'
import { EMPTY_FILTERS } from '../../store/slices/filtersSlice'

/** The parts of the store's workspace the file format carries (the store already uses its types). */
export function toWorkspace(
  content: Pick<WorkspaceContent, 'reports' | 'corrections' | 'identityCorrections' | 'aliases' | 'filters'>,
): Workspace {
  return {
    reports: content.reports,
    corrections: content.corrections,
    identityCorrections: content.identityCorrections,
    aliases: content.aliases,
    filters: content.filters,
  }
}

/** Said of every file an imported workspace lists: its reports came from the workspace file. */
export const IMPORTED_FILE_MESSAGE = '来自导入的工作区文件'

/**
 * One line of the file list per imported report, so each can be seen and removed like a dropped one. The
 * file's size is not in the workspace; nothing shows it.
 */
function importedFiles(reports: Workspace['reports']): FileEntry[] {
  return reports.map((report, index) => ({
    id: `imported-${index}`,
    name: report.fileName,
    size: 0,
    status: 'read',
    message: IMPORTED_FILE_MESSAGE,
    reportIds: [report.id],
    imported: true,
  }))
}

/**
 * A file's workspace as store state. The comparison selection and the file list are not part of the
 * file: an imported workspace starts with none ticked, and its file list names the report of each line.
 */
export function fromWorkspace(workspace: Workspace): WorkspaceContent {
  return {
    reports: workspace.reports,
    corrections: workspace.corrections,
    identityCorrections: workspace.identityCorrections,
    aliases: workspace.aliases,
    filters: { ...EMPTY_FILTERS, ...workspace.filters },
    selectedIds: [],
    files: importedFiles(workspace.reports),
  }
}
