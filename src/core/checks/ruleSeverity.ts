/**
 * The severity of each rule's findings, in one place: the checks take it from here and the checking
 * report's legend is built from it, so the two cannot disagree. R-A…R-J as report-model.md fixes them;
 * R-T (the template in use) is the project's own.
 */
import type { RuleId, Severity } from '../model/report'

export const RULE_SEVERITY = {
  'R-A': 'error',
  'R-B': 'error',
  'R-C': 'error',
  'R-D': 'error',
  'R-E': 'error',
  'R-F': 'warning',
  'R-G': 'notice',
  'R-I': 'warning',
  'R-J': 'notice',
  'R-T': 'warning',
} as const satisfies Record<RuleId, Severity>

/**
 * R-I on a prose figure whose meaning is unclear: it is not compared with the tables at all, so it can
 * only ask for a look, never say the report is wrong.
 */
export const UNCLEAR_PROSE_SEVERITY: Severity = 'notice'
