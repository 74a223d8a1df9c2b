/**
 * The checking report's legend: which findings are 错误, 警告 and 提示. Each severity is looked up where
 * the checks take it from (RULE_SEVERITY, FINDING_KIND_SEVERITY), never written here, so the legend
 * says what the rows below it say.
 */
import { RULE_SEVERITY, UNCLEAR_PROSE_SEVERITY } from '../checks/ruleSeverity'
import { SEVERITY_NAMES } from '../model/labels'
import { SEVERITIES, type Severity } from '../model/report'
import { problemRuleName } from './supervisorReport'
import { FINDING_KIND_SEVERITY, type SupervisorProblem } from './supervisorReport'

type ProblemRule = SupervisorProblem['rule']

interface LegendItem {
  /** What the findings say, in Chinese. */
  what: string
  /** Rules or finding kinds of one severity. */
  rules: readonly ProblemRule[]
  /** A variant of a rule found at another severity than the rule's own (R-I on an unclear figure). */
  severity?: Severity
}

const LEGEND_ITEMS: readonly LegendItem[] = [
  { what: '表格勾稽关系不成立', rules: ['R-A', 'R-B', 'R-C', 'R-D'] },
  { what: '数值为负数或不是整数', rules: ['R-E'] },
  { what: '与上年报告的结转数不一致', rules: ['R-F'] },
  { what: '正文所述件数与表格不一致', rules: ['R-I'] },
  { what: '未使用 2021 年格式', rules: ['R-T'] },
  { what: '与上年报告或其他机关同年报告文字雷同', rules: ['copied-text'] },
  { what: '现行有效件数与上年报告不衔接', rules: ['R-G'] },
  { what: '缺少某一部分或未说明收费', rules: ['R-J'] },
  { what: '正文所述件数含义不明确、未与表格核对', rules: ['R-I'], severity: UNCLEAR_PROSE_SEVERITY },
  { what: '空白按 0 计、未能读取的单元格、缺少或重复的表格', rules: ['reading'] },
]

/** The severity a rule's findings have, or a finding kind's. */
function severityOf(rule: ProblemRule): Severity {
  return rule === 'reading' || rule === 'copied-text' ? FINDING_KIND_SEVERITY[rule] : RULE_SEVERITY[rule]
}

/** The item's rules that have `severity`: an item's rules are meant to share one, but if a rule moves it moves. */
function rulesAt(item: LegendItem, severity: Severity): ProblemRule[] {
  return item.rules.filter((rule) => (item.severity ?? severityOf(rule)) === severity)
}

export interface LegendLine {
  severity: Severity
  /** "表格勾稽关系不成立（R-A、R-B、R-C、R-D），…" */
  text: string
}

/** The legend by severity, errors first; a severity no finding has is left out. */
export function supervisorLegend(): LegendLine[] {
  return SEVERITIES.flatMap((severity) => {
    const parts = LEGEND_ITEMS.flatMap((item) => {
      const rules = rulesAt(item, severity)
      return rules.length > 0 ? [`${item.what}（${rules.map(problemRuleName).join('、')}）`] : []
    })
    return parts.length > 0 ? [{ severity, text: parts.join('，') }] : []
  })
}

/** The legend as one sentence: "错误：…；警告：…；提示：…。" */
export function supervisorLegendText(): string {
  return `${supervisorLegend()
    .map((line) => `${SEVERITY_NAMES[line.severity]}：${line.text}`)
    .join('；')}。`
}

/** Every severity the legend gives a rule or finding kind (R-I has two). */
export function legendSeverities(rule: ProblemRule): Severity[] {
  return SEVERITIES.filter((severity) => LEGEND_ITEMS.some((item) => rulesAt(item, severity).includes(rule)))
}
