/**
 * The workspace file: everything a user has loaded and done, in one JSON document that exports,
 * imports and restores a session exactly — reports (cells under the ids of report-model.md, with
 * provenance and notices), their sources (SourceDocument), corrections, agency aliases, filters and the
 * list of the files the reports were read from, with those that failed or were copies.
 * `parseWorkspace` validates and never throws; a round trip through serializeWorkspace is lossless.
 */
import { cellDomainProblem } from '../model/cellDomain'
import { describeCell } from '../model/labels'
import type { Correction } from '../corrections'
import type { AgencyAliases } from '../identity/agencyName'
import { storedIdentityProblem, type IdentityCorrections } from '../identity/identityCorrection'
import type { Report } from '../model/report'
import { reportSchema } from './reportSchema'
import { arrayOf, bool, finite, integer, nullable, object, oneOf, recordOf, str, type Schema } from './schema'

export const WORKSPACE_FORMAT = 'gov-disclosure-report-workspace'
export const WORKSPACE_VERSION = 1

/** A loaded report; the store's LoadedReport has this shape. */
export interface WorkspaceReport {
  id: string
  fileName: string
  fingerprint: string
  addedAt: string
  report: Report
}

/**
 * A line of the file list: a file the user added and what became of it. A file still being read has no
 * report to keep, so a line is kept read, failed or duplicate; the store's FileEntry has this shape.
 */
export interface WorkspaceFileLine {
  name: string
  size: number
  status: 'read' | 'failed' | 'duplicate'
  /** Why a file failed or was a copy, or which of its reports were removed. */
  message?: string
  /** The reports read from the file, all of them in the workspace. */
  reportIds?: string[]
  /** The loaded reports a copy's message names. */
  duplicateOf?: string[]
  namedAs?: Record<string, string>
}

export interface WorkspaceFilters {
  agencies: string[]
  years: number[]
  onlyProblems: boolean
}

export interface Workspace {
  reports: WorkspaceReport[]
  /** Oldest first; undo takes the latest of a cell. */
  corrections: Correction[]
  /**
   * The agency and year the user gave reports the reader identified wrongly or not at all, by report id.
   * Optional in the file: those written before it existed have none.
   */
  identityCorrections: IdentityCorrections
  aliases: AgencyAliases
  filters: WorkspaceFilters
  /** The file list. Absent in files written before it was kept: their failed and duplicate lines are gone. */
  files?: WorkspaceFileLine[]
}

export interface WorkspaceFile extends Workspace {
  format: typeof WORKSPACE_FORMAT
  version: number
  /** ISO time of the export, supplied by the caller. */
  savedAt: string
}

export type WorkspaceErrorCode = 'not-json' | 'not-a-workspace' | 'newer-version' | 'invalid'

export interface WorkspaceError {
  code: WorkspaceErrorCode
  /** Chinese, for the user; names the first bad field. */
  message: string
}

export type WorkspaceOutcome =
  { ok: true; workspace: Workspace; savedAt: string } | { ok: false; error: WorkspaceError }

export const EMPTY_WORKSPACE: Workspace = {
  reports: [],
  corrections: [],
  identityCorrections: {},
  aliases: {},
  filters: { agencies: [], years: [], onlyProblems: false },
}

const correctionSchema = object({ reportId: str, cellId: str, old: nullable(finite), new: finite, at: str })

export const identityCorrectionsSchema: Schema = recordOf(object({ at: str }, { agency: str, year: integer }))

const fileLineSchema = object(
  { name: str, size: integer, status: oneOf(['read', 'failed', 'duplicate']) },
  { message: str, reportIds: arrayOf(str), duplicateOf: arrayOf(str), namedAs: recordOf(str) },
)

const workspaceSchema: Schema = object(
  {
    reports: arrayOf(
      object({ id: str, fileName: str, fingerprint: str, addedAt: str, report: reportSchema }),
    ),
    corrections: arrayOf(correctionSchema),
    aliases: recordOf(str),
    filters: object({ agencies: arrayOf(str), years: arrayOf(integer), onlyProblems: bool }),
  },
  { identityCorrections: identityCorrectionsSchema, files: arrayOf(fileLineSchema) },
)

/** Beyond any report's year for decades: the core has no clock to bound a corrected year by today's. */
const LATEST_PLAUSIBLE_YEAR = 2100

function fail(code: WorkspaceErrorCode, message: string): WorkspaceOutcome {
  return { ok: false, error: { code, message } }
}

/** The schema check as a type guard; the first problem found goes to `report`. */
function conforms(value: unknown, report: (problem: string) => void): value is WorkspaceFile {
  const problem = workspaceSchema(value, '工作区')
  if (problem !== undefined) report(problem)
  return problem === undefined
}

/**
 * Rules the schema cannot express: unique report ids, corrections of loaded reports, and cell values a
 * report can hold (a count of 2.5 in an edited file would be shown as 3 and never checked again).
 */
function referenceProblem(file: WorkspaceFile): string | undefined {
  const ids = new Set<string>()
  for (const entry of file.reports) {
    if (ids.has(entry.id)) return `报告编号重复：${entry.id}`
    ids.add(entry.id)
    for (const [cellId, cell] of Object.entries(entry.report.cells)) {
      const problem = cellDomainProblem(cellId, cell.value)
      if (problem !== undefined)
        return `报告 ${entry.fileName} 的${describeCell(cellId)}为 ${cell.value}，${problem}`
    }
  }
  const identities = Object.entries(file.identityCorrections ?? {})
  const orphan =
    file.corrections.find((correction) => !ids.has(correction.reportId))?.reportId ??
    identities.find(([id]) => !ids.has(id))?.[0]
  if (orphan !== undefined) return `更正记录指向不存在的报告：${orphan}`
  for (const line of file.files ?? []) {
    const missing = line.reportIds?.find((id) => !ids.has(id))
    if (missing !== undefined) return `文件列表中的 ${line.name} 指向不存在的报告：${missing}`
  }
  for (const [id, correction] of identities) {
    const problem = storedIdentityProblem(correction, LATEST_PLAUSIBLE_YEAR)
    if (problem !== undefined) return `报告 ${id} 的机关或年度更正有误：${problem}`
  }
  return undefined
}

export function serializeWorkspace(workspace: Workspace, savedAt: string): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt,
    reports: workspace.reports,
    corrections: workspace.corrections,
    identityCorrections: workspace.identityCorrections,
    aliases: workspace.aliases,
    filters: workspace.filters,
    files: workspace.files,
  }
  return JSON.stringify(file)
}

/** Checks an already-parsed value (e.g. read back from IndexedDB) against the workspace format. */
export function validateWorkspace(value: unknown): WorkspaceOutcome {
  if (
    typeof value !== 'object' ||
    value === null ||
    !('format' in value) ||
    value.format !== WORKSPACE_FORMAT
  )
    return fail('not-a-workspace', '不是本工具导出的工作区文件')
  const version = 'version' in value ? value.version : undefined
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalid', '工作区文件缺少有效的版本号')
  if (version > WORKSPACE_VERSION)
    return fail(
      'newer-version',
      `工作区文件版本为 ${version}，高于本工具支持的版本 ${WORKSPACE_VERSION}，请使用新版工具打开`,
    )
  let problem = ''
  if (!conforms(value, (found) => (problem = found))) return fail('invalid', `工作区文件内容有误：${problem}`)
  const reference = referenceProblem(value)
  if (reference !== undefined) return fail('invalid', `工作区文件内容有误：${reference}`)
  const { reports, corrections, aliases, filters, files, savedAt } = value
  const identityCorrections = value.identityCorrections ?? {}
  return {
    ok: true,
    workspace: { reports, corrections, identityCorrections, aliases, filters, ...(files ? { files } : {}) },
    savedAt: typeof savedAt === 'string' ? savedAt : '',
  }
}

export function parseWorkspace(text: string): WorkspaceOutcome {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return fail('not-json', '文件不是有效的 JSON，无法作为工作区导入')
  }
  return validateWorkspace(value)
}
