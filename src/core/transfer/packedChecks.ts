/**
 * A report's checks as they cross from the parse worker to the page. A report has about fifty, each a small
 * object that structured clone rebuilds one property at a time; with the cells packed, they were most of
 * what the page spent deserialising a report (60 % in V8's serializer on the seeds). Packed, the messages
 * travel as one string and everything else as numbers in one typed array; the cell id lists stay arrays,
 * which the worker shares between reports (sharedCellIds) and the clone keeps shared.
 */
import type { CheckResult, RuleId, Severity } from '../model/report'

export interface PackedChecks {
  /** Per check, FIELDS numbers: its rule and severity, flags, lhs, rhs and line (0 when absent). */
  numbers: Float64Array
  /** The messages, joined by SEPARATOR. */
  messages: string
  cellIds: string[][]
}

const RULE_INDEX: Record<RuleId, number> = {
  'R-A': 0,
  'R-B': 1,
  'R-C': 2,
  'R-D': 3,
  'R-E': 4,
  'R-F': 5,
  'R-G': 6,
  'R-I': 7,
  'R-J': 8,
  'R-T': 9,
}
const SEVERITY_INDEX: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** The keys of an index record, at their indices. */
function byIndex<K extends string>(index: Record<K, number>): K[] {
  const keys: K[] = []
  for (const key of Object.keys(index) as K[]) keys[index[key]] = key
  return keys
}

const RULES = byIndex(RULE_INDEX)
const SEVERITIES = byIndex(SEVERITY_INDEX)
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
    Object.hasOwn(RULE_INDEX, check.rule) &&
    Object.hasOwn(SEVERITY_INDEX, check.severity)
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
    numbers[at] = RULE_INDEX[check.rule] * SEVERITY_COUNT + SEVERITY_INDEX[check.severity]
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
      rule: RULES[Math.floor(kind / SEVERITY_COUNT)] ?? 'R-A',
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
