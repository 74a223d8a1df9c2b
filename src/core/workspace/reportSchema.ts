/** The schema of a Report as the workspace file stores it (report-model.md ids, SourceDocument included). */
import { NOTICE_CODES, RULE_IDS, SEVERITIES, SOURCE_KINDS } from '../model/report'
import { arrayOf, bool, finite, integer, object, oneOf, recordOf, str, type Schema } from './schema'

const sourceLine = object(
  { text: str },
  { cells: arrayOf(str), page: integer, gridColumns: arrayOf(integer) },
)

export const sourceDocumentSchema: Schema = object(
  { name: str, kind: oneOf(SOURCE_KINDS), lines: arrayOf(sourceLine) },
  { encoding: str, meta: recordOf(str) },
)

const cell = object(
  { value: finite, source: object({ line: integer, column: integer, raw: str }, { page: integer }) },
  { corrected: object({ original: finite, at: str }), entered: object({ at: str }) },
)

const notice = object(
  { code: oneOf(NOTICE_CODES), message: str },
  { cellIds: arrayOf(str), line: integer, candidates: arrayOf(recordOf(finite)) },
)

const check = object(
  { rule: oneOf(RULE_IDS), severity: oneOf(SEVERITIES), ok: bool, message: str, cellIds: arrayOf(str) },
  { lhs: finite, rhs: finite, line: integer },
)

export const reportSchema: Schema = object({
  agency: str,
  year: integer,
  template: oneOf(['2021', '2019', 'legacy']),
  scope: oneOf(['agency', 'aggregate']),
  tableVariants: object(
    {},
    { proactive: oneOf(['2021', '2019']), 'applications.otherHandling': oneOf(['three-rows', 'one-row']) },
  ),
  cells: recordOf(cell),
  notices: arrayOf(notice),
  checks: arrayOf(check),
  document: sourceDocumentSchema,
})
