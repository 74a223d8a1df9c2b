import { cellRecord } from './cellRecord'
import type { OtherHandlingVariant, ProactiveVariant } from './ids'

export type Template = '2021' | '2019' | 'legacy'
export type Scope = 'agency' | 'aggregate'
export const SEVERITIES = ['error', 'warning', 'notice'] as const
export type Severity = (typeof SEVERITIES)[number]
/** Where a severity sorts: errors first, as SEVERITIES lists them. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 }

/** What kind of file a document was read from. */
export const SOURCE_KINDS = ['text', 'markdown', 'html', 'pdf', 'docx', 'doc', 'paste'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/**
 * One line of a document as the readers produce it. `cells` are the line's table cells when the
 * reader knows them (<td> in HTML, glyph clusters in PDF, pipes in markdown); otherwise `[text]`. Every
 * cell is a piece of `text` (the readers join cells with tabs or spaces). A line without `cells` has the
 * pieces of its text between tabs as its cells (one cell when it has no tab): the text reader leaves them
 * out, as they would only repeat the text. Read them with lineCells.
 */
export interface SourceLine {
  text: string
  cells?: string[]
  /** 1-based PDF page, when the line came from a PDF. */
  page?: number
  /**
   * HTML tables: the 0-based grid column where each of `cells` starts once rowspan/colspan are
   * resolved (same length as `cells`), so a row whose label sits in a rowspan above can still be aligned.
   */
  gridColumns?: number[]
  /**
   * PDF lines: the horizontal centre of each of `cells` on its page, in PDF units (a blank put in by column
   * alignment stands at its column). Unlike cell indexes these compare from one line to another: a header
   * printed over several lines still shows which of its cells stands left of which. Only for reading: the
   * document a report keeps has them dropped (ingestFile).
   */
  cellCenters?: number[]
}

/** A document reduced to lines: the common input of the report reader, whatever the file was. */
export interface SourceDocument {
  name: string
  kind: SourceKind
  /** The text decoding used, e.g. 'utf-8', 'utf-16le', 'gb18030'. */
  encoding?: string
  lines: SourceLine[]
  /**
   * Page metadata, when the source had any: for HTML the <title> text under 'title' and every
   * <meta name|property|http-equiv=… content=…> by its name as written (TRS pages: 'ArticleTitle',
   * 'PubDate', 'ContentSource'). The title is also repeated as the document's first line(s).
   */
  meta?: Record<string, string>
}

/** Where a number was read: 0-based line index into the document and 0-based cell index. */
export interface Provenance {
  line: number
  column: number
  page?: number
  /** The cell text as it appeared, before normalisation ("22（其中修订16件）", "", "/"). */
  raw: string
}

export interface Cell {
  value: number
  source: Provenance
  /** The user changed this value; `original` is what the report said. */
  corrected?: { original: number; at: string }
  /** The report's cell could not be read and the user typed this value; `source` then points nowhere (line -1). */
  entered?: { at: string }
}

export const NOTICE_CODES = [
  'blank-as-zero',
  'label-by-keyword',
  'label-by-order',
  'row-out-of-place',
  'annotation-dropped',
  'digits-split',
  'ambiguous',
  'cell-unread',
  'table-missing',
  'template-mixed',
  'identity-guessed',
  'unit-converted',
  'columns-reordered',
  'table-repeated',
  'zero-as-numeral',
  'traditional-script',
] as const
export type NoticeCode = (typeof NOTICE_CODES)[number]

export interface Notice {
  code: NoticeCode
  message: string
  cellIds?: string[]
  line?: number
  /** For ambiguous readings: every candidate that satisfies the rules, as id → value maps. */
  candidates?: Record<string, number>[]
}

export const RULE_IDS = ['R-A', 'R-B', 'R-C', 'R-D', 'R-E', 'R-F', 'R-G', 'R-I', 'R-J', 'R-T'] as const
export type RuleId = (typeof RULE_IDS)[number]

export interface CheckResult {
  rule: RuleId
  severity: Severity
  ok: boolean
  /** Chinese, for the user: names the row/column/group and shows both sides. */
  message: string
  /** The cells of the equation. */
  cellIds: string[]
  /** Left- and right-hand side values, when the rule is an equation. */
  lhs?: number
  rhs?: number
  /** 0-based document line the finding quotes (prose and completeness checks), for the provenance view. */
  line?: number
}

export interface TableVariants {
  proactive?: ProactiveVariant
  'applications.otherHandling'?: OtherHandlingVariant
}

export interface Report {
  agency: string
  year: number
  template: Template
  scope: Scope
  tableVariants: TableVariants
  cells: Record<string, Cell>
  notices: Notice[]
  checks: CheckResult[]
  document: SourceDocument
  /**
   * The user corrected the agency or the year (identityCorrection.ts): what the reader had found for the
   * field(s) changed. Only on a report as the page shows it; a stored report is always as read.
   */
  identityCorrected?: { agency?: string; year?: number; at: string }
}

export type ParseErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'not-a-report'
  | 'no-tables'
  | 'scanned-pdf'
  | 'corrupt'
  | 'unsupported'
  /** The reader's code could not be loaded (network lost, site redeployed): not a fault of the file. */
  | 'reader-unavailable'

export interface ParseError {
  code: ParseErrorCode
  /** Chinese, for the user. */
  message: string
}

export type ParseOutcome = { ok: true; report: Report } | { ok: false; error: ParseError }

/** The plain number map of a report, as the batch command and exports print it. */
export function cellValues(report: Pick<Report, 'cells'>): Record<string, number> {
  // Object.keys and Object.values list a record in the same order.
  const values = Object.values(report.cells).map((cell) => cell.value)
  return cellRecord(Object.keys(report.cells), values).record
}
