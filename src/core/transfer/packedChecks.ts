/**
 * A report's checks as they cross from the parse worker to the page. A report has about fifty, each a small
 * object that structured clone rebuilds one property at a time; with the cells packed, they were most of
 * what the page spent deserialising a report (60 % in V8's serializer on the seeds). Packed, the messages
 * travel as one string and everything else as numbers in one typed array; the cell id lists stay arrays,
 * which the worker shares between reports (sharedCellIds) and the clone keeps shared.
 */
import { RULE_IDS, SEVERITIES, type CheckResult } from '../model/report'

export interface PackedChecks {
  /** Per check, FIELDS numbers: its rule and severity, flags, lhs, rhs and line (0 when absent). */
  numbers: Float64Array
  /** The messages, joined by SEPARATOR. */
  messages: string
  cellIds: string[][]
}

const RULE_INDEX = new Map<string, number>(RULE_IDS.map((rule, index) => [rule, index]))
const SEVERITY_INDEX = new Map<string, number>(SEVERITIES.map((severity, index) => [severity, index]))
const SEVERITY_COUNT = SEVERITIES.length

const OK = 1
const HAS_LHS = 2
const HAS_RHS = 4
const HAS_LINE = 8
const FIELDS = 5
/** No message holds it: a message that did would not be packed. */
const SEPARATOR = '\u0000'

/** The fields of a check, in the order rules make them and unpacking remakes them. */
const KEYS = ['rule', 'severity', 'ok', 'message', 'cellIds', 'lhs', 'rhs', 'line']
const REQUIRED_KEY_COUNT = 5

/**
 * Whether the check has exactly the fields a rule gives, in KEYS order (the optional lhs, rhs and line each
 * a number), with values of their types. Keys are walked, not listed: this runs for every check of every
 * report.
 */
function hasUsualForm(check: CheckResult): boolean {
  let at = 0
  let count = 0
  for (const key in check) {
    while (at >= REQUIRED_KEY_COUNT && at < KEYS.length && KEYS[at] !== key) at++
    if (KEYS[at] !== key) return false
    // An optional field present is a number (not even undefined, which unpacking would leave out).
    if (at >= REQUIRED_KEY_COUNT && typeof check[key as keyof CheckResult] !== 'number') return false
    at++
    count++
  }
  return (
    count >= REQUIRED_KEY_COUNT &&
    typeof check.ok === 'boolean' &&
    typeof check.message === 'string' &&
    !check.message.includes(SEPARATOR) &&
    Array.isArray(check.cellIds) &&
    RULE_INDEX.has(check.rule) &&
    SEVERITY_INDEX.has(check.severity)
  )
}

/** The checks packed, or undefined when one of them has another form (it then travels as it is). */
export function packChecks(checks: readonly CheckResult[]): PackedChecks | undefined {
  const numbers = new Float64Array(checks.length * FIELDS)
  const messages: string[] = []
  const cellIds: string[][] = []
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]
    if (check === undefined || !hasUsualForm(check)) return undefined
    const at = i * FIELDS
    numbers[at] =
      (RULE_INDEX.get(check.rule) ?? 0) * SEVERITY_COUNT + (SEVERITY_INDEX.get(check.severity) ?? 0)
    let flags = check.ok ? OK : 0
    if (check.lhs !== undefined) {
      flags |= HAS_LHS
      numbers[at + 2] = check.lhs
    }
    if (check.rhs !== undefined) {
      flags |= HAS_RHS
      numbers[at + 3] = check.rhs
    }
    if (check.line !== undefined) {
      flags |= HAS_LINE
      numbers[at + 4] = check.line
    }
    numbers[at + 1] = flags
    messages.push(check.message)
    cellIds.push(check.cellIds)
  }
  return { numbers, messages: messages.join(SEPARATOR), cellIds }
}

/** The checks as they were before packChecks: fields in the same order. */
export function unpackChecks(packed: PackedChecks): CheckResult[] {
  const { numbers, cellIds } = packed
  const messages = packed.messages.split(SEPARATOR)
  // Filled by push, not made with its length: an array with holes would be saved (structured clone) as a
  // sparse one, element by element.
  const checks: CheckResult[] = []
  for (let i = 0; i < cellIds.length; i++) {
    const at = i * FIELDS
    const kind = numbers[at] ?? 0
    const flags = numbers[at + 1] ?? 0
    const check: CheckResult = {
      rule: RULE_IDS[Math.floor(kind / SEVERITY_COUNT)] ?? 'R-A',
      severity: SEVERITIES[kind % SEVERITY_COUNT] ?? 'error',
      ok: (flags & OK) !== 0,
      message: messages[i] ?? '',
      cellIds: cellIds[i] ?? [],
    }
    if ((flags & HAS_LHS) !== 0) check.lhs = numbers[at + 2] ?? 0
    if ((flags & HAS_RHS) !== 0) check.rhs = numbers[at + 3] ?? 0
    if ((flags & HAS_LINE) !== 0) check.line = numbers[at + 4] ?? 0
    checks.push(check)
  }
  return checks
}
