import type { Workspace } from '../../core/workspace/workspace'
import type { WorkspaceContent } from '../../store'
import { EMPTY_FILTERS } from '../../store/slices/filtersSlice'

/** The parts of the store's workspace the file format carries (the store already uses its types). */
export function toWorkspace(
  content: Pick<WorkspaceContent, 'reports' | 'corrections' | 'aliases' | 'filters'>,
): Workspace {
  return {
    reports: content.reports,
    corrections: content.corrections,
    aliases: content.aliases,
    filters: content.filters,
  }
}

/**
 * A file's workspace as store state. The comparison selection and the file list are not part of the
 * file: an imported workspace starts with none ticked and an empty list of dropped files.
 */
export function fromWorkspace(workspace: Workspace): WorkspaceContent {
  return {
    reports: workspace.reports,
    corrections: workspace.corrections,
    aliases: workspace.aliases,
    filters: { ...EMPTY_FILTERS, ...workspace.filters },
    selectedIds: [],
    files: [],
  }
}
