/**
 * Figures the 总体情况 prose states about the tables: "全区受理政府信息公开申请 21 件", "予以公开及部分公开
 * 10 件", "未发生因政府信息公开申请行政复议、提起行政诉讼情况" (zero), and 表二's decisions ("主动公开行政许可
 * 67 个"). Only figures in 件/起/宗/份/个 count, so
 * years, percentages and "信息 249 条" never become claims. A figure in an application or appeal context whose
 * meaning cannot be pinned down is returned as unclear instead of being guessed.
 */
import type { ProseText } from './proseText'

export type ClaimKind =
  | 'received'
  | 'handled'
  | 'granted'
  | 'partlyGranted'
  | 'grantedOrPartly'
  | 'refused'
  | 'unavailable'
  | 'notProcessed'
  | 'carriedOver'
  | 'carriedForward'
  | 'reconsideration'
  | 'litigation'
  | 'normativeDocsIssued'
  | 'licensing'
  | 'penalty'
  | 'enforcement'

export interface ProseClaim {
  /** undefined: the figure concerns applications or appeals but its meaning is unclear. */
  kind: ClaimKind | undefined
  value: number
  /** The clause the figure was read from, as written (spaces removed). */
  quote: string
  line: number
}

const FIGURE_SOURCE = String.raw`(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.])(件|起|宗|份|个)`
const FIGURE = new RegExp(FIGURE_SOURCE, 'gu')
const HAS_FIGURE = new RegExp(FIGURE_SOURCE, 'u')
/**
 * The next figure from a position: searching from lastIndex instead of in a copy of the rest of the text.
 * It is only started right after a figure's unit (件…), so the look-behind sees what it saw at the start
 * of that copy: no digit and no point.
 */
const NEXT_FIGURE = new RegExp(FIGURE_SOURCE, 'gu')

const COMPARATIVE = /较|同比|环比|比上年|比去年|增加|减少|增长|下降|上升|持平/u
const BREAKDOWN =
  /其中.*(自然人|法人|企业|机构|组织|网上|当面|信函|邮件|传真)|(网上|当面|信函|邮件|传真)(申请|提交)/u

const NEGATION =
  /(未|没有)(收到|接到|受理|发生|产生|出现|有)|无(?=依申请|政府信息公开申请|行政复议|行政诉讼|因政府信息公开)/u

/** 表二's matters whose 处理决定数量 the prose states: "主动公开行政许可 67 个，行政处罚 6 个，行政强制 1 个". */
const DECISION_MATTERS: readonly (readonly [RegExp, ClaimKind])[] = [
  [/行政许可/u, 'licensing'],
  [/行政处罚/u, 'penalty'],
  [/行政强制/u, 'enforcement'],
]
/**
 * Words that make a figure of those matters something 表二 does not count: applications for a licence
 * ("受理行政许可申请 120 件", no 政府信息公开申请), its items and lists, a part of another figure ("其中涉及
 * 行政许可 5 件").
 */
const NOT_DECISIONS = /申请|事项|清单|目录|权力|项目|类别|其中|涉及/u

/** The 表二 matter a figure's context is about: 'ignore' when it is none or counts no decisions. */
function decisionMatter(context: string): ClaimKind | undefined | 'ignore' {
  const matters = DECISION_MATTERS.filter(([word]) => word.test(context))
  const [only] = matters
  // A change against last year ("行政处罚较上年减少 3 个") is no figure 表二 holds.
  if (only === undefined || NOT_DECISIONS.test(context) || COMPARATIVE.test(context)) return 'ignore'
  if (matters.length > 1) return undefined
  return only[1]
}

function applicationVerb(context: string): ClaimKind | undefined {
  if (/收到|新收|接收|接到|受理/u.test(context)) return 'received'
  if (/办理|办结|答复|处理|完成/u.test(context)) return 'handled'
  return undefined
}

/** What a figure means from the words before it in its clause (and, failing that, just after it). */
function classify(context: string): ClaimKind | undefined | 'ignore' {
  const appeal = /复议/u.test(context) || /诉讼/u.test(context)
  // A licence, a penalty or an enforcement is 表二's, whatever else its clause says ("行政许可申请").
  if (!appeal && DECISION_MATTERS.some(([word]) => word.test(context))) return decisionMatter(context)
  const disclosure = /予以公开|部分公开|同意公开|全部公开|不予公开|无法提供|不予处理/u.test(context)
  const application = /申请/u.test(context)
  const carry = /结转/u.test(context)
  const normativeDocs = /制发/u.test(context) && /规范性文件/u.test(context)
  if (!appeal && !disclosure && !application && !carry && !normativeDocs) return 'ignore'
  if (COMPARATIVE.test(context) || BREAKDOWN.test(context)) return undefined
  if (appeal) {
    const reconsideration = /复议/u.test(context)
    const litigation = /诉讼/u.test(context)
    if (reconsideration && litigation) return undefined
    return reconsideration ? 'reconsideration' : 'litigation'
  }
  if (/(予以公开|同意公开)(及|和|或|与|、)部分公开|全部或部分公开|公开及部分公开/u.test(context))
    return 'grantedOrPartly'
  if (/部分公开/u.test(context)) return 'partlyGranted'
  if (/不予公开/u.test(context)) return 'refused'
  if (/无法提供/u.test(context)) return 'unavailable'
  if (/不予处理/u.test(context)) return 'notProcessed'
  if (/予以公开|同意公开|全部公开/u.test(context)) return 'granted'
  if (carry) return /上年|上一年|去年/u.test(context) ? 'carriedOver' : 'carriedForward'
  if (normativeDocs) return 'normativeDocsIssued'
  return applicationVerb(context)
}

/**
 * Whether a UTF-16 unit ends a clause: 。；;!！?？, newline, ,，:：(). Prose is scanned character by
 * character, where a regex test on a one-character string cost a string and a regex call each.
 */
function isClauseEnd(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0x21: // !
    case 0xff01: // ！
    case 0x3f: // ?
    case 0xff1f: // ？
    case 0x0a: // \n
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3a: // :
    case 0xff1a: // ：
    case 0x28: // (
    case 0x29: // )
      return true
    default:
      return false
  }
}

function lastClauseEnd(text: string, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (isClauseEnd(text.charCodeAt(i))) return i
  return floor - 1
}

function nextClauseEnd(text: string, from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) if (isClauseEnd(text.charCodeAt(i))) return i
  return ceiling
}

function figureClaims(prose: ProseText): ProseClaim[] {
  const { text, lineAt } = prose
  const claims: ProseClaim[] = []
  let previousEnd = 0
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index
    const end = start + match[0].length
    const clauseStart = Math.max(lastClauseEnd(text, start, 0) + 1, previousEnd)
    NEXT_FIGURE.lastIndex = end
    const ceiling = NEXT_FIGURE.exec(text)?.index ?? text.length
    const clauseEnd = nextClauseEnd(text, end, ceiling)
    previousEnd = end
    const before = text.slice(clauseStart, start)
    const kind = classify(before)
    const resolved = kind === 'ignore' ? classify(before + text.slice(end, clauseEnd)) : kind
    if (resolved === 'ignore') continue
    claims.push({
      kind: resolved,
      value: Number((match[1] ?? '').replace(/,/gu, '')),
      quote: text.slice(clauseStart, clauseEnd),
      line: lineAt[start] ?? 0,
    })
  }
  return claims
}

/** Where a negation starts, anywhere in the prose: its words never hold a clause end, so a hit lies in one clause. */
const NEGATION_SEARCH = new RegExp(NEGATION.source, 'gu')

/**
 * "未收到依申请公开件", "未发生因政府信息公开申请行政复议、提起行政诉讼情况": claims of zero. Each clause with a
 * negation counts once, for its first negation: the prose is searched for negations and only their clauses
 * are cut out, instead of cutting every clause and searching each.
 */
function negationClaims(prose: ProseText): ProseClaim[] {
  const { text, lineAt } = prose
  const claims: ProseClaim[] = []
  NEGATION_SEARCH.lastIndex = 0
  for (let hit = NEGATION_SEARCH.exec(text); hit !== null; hit = NEGATION_SEARCH.exec(text)) {
    let clauseStart = hit.index
    while (clauseStart > 0 && !isClauseEnd(text.charCodeAt(clauseStart - 1))) clauseStart--
    let clauseEnd = hit.index
    while (clauseEnd < text.length && !isClauseEnd(text.charCodeAt(clauseEnd))) clauseEnd++
    const clause = text.slice(clauseStart, clauseEnd)
    // The hit is the clause's first negation: the search starts each clause afresh, and the words
    // NEGATION looks ahead to hold no clause end, so matching the clause alone would find the same.
    if (!HAS_FIGURE.test(clause)) {
      const object = text.slice(hit.index + hit[0].length, clauseEnd)
      const verb = hit[2] ?? ''
      const kinds: ClaimKind[] = []
      if (/复议/u.test(object)) kinds.push('reconsideration')
      if (/诉讼/u.test(object)) kinds.push('litigation')
      if (kinds.length === 0 && /申请/u.test(object) && /收到|接到|受理|有|^$/u.test(verb))
        kinds.push('received')
      const line = lineAt[hit.index] ?? 0
      for (const kind of kinds) claims.push({ kind, value: 0, quote: clause, line })
    }
    NEGATION_SEARCH.lastIndex = clauseEnd + 1
  }
  return claims
}

export function readProseClaims(prose: ProseText): ProseClaim[] {
  return [...figureClaims(prose), ...negationClaims(prose)].sort((a, b) => a.line - b.line)
}
