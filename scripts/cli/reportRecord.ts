import type { IngestItem } from '../../src/core/ingest/ingestFile'
import {
  cellValues,
  type Notice,
  type ParseErrorCode,
  type RuleId,
  type Scope,
  type Severity,
  type TableVariants,
  type Template,
} from '../../src/core/model/report'

/** One line of the batch command's JSON output: a report, or a file that could not be read. */
export type ReportRecord =
  | {
      file: string
      ok: true
      agency: string
      year: number
      template: Template
      scope: Scope
      tableVariants: TableVariants
      cells: Record<string, number>
      checks: { rule: RuleId; severity: Severity; ok: boolean; message: string }[]
      notices: Notice[]
    }
  | { file: string; ok: false; code: ParseErrorCode; error: string }

export function toReportRecord(item: IngestItem): ReportRecord {
  if (!item.outcome.ok) {
    return { file: item.file, ok: false, code: item.outcome.error.code, error: item.outcome.error.message }
  }
  const report = item.outcome.report
  return {
    file: item.file,
    ok: true,
    agency: report.agency,
    year: report.year,
    template: report.template,
    scope: report.scope,
    tableVariants: report.tableVariants,
    cells: cellValues(report),
    checks: report.checks.map(({ rule, severity, ok, message }) => ({ rule, severity, ok, message })),
    notices: report.notices,
  }
}
