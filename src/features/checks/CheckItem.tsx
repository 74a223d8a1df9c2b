import type { CheckResult } from '../../core/model/report'
import { formatNumberText } from './formatNumberText'
import { InspectButton } from '../provenance/InspectButton'
import { messageWithoutRule, SEVERITY_TEXT } from './findings'

/** One failed check: severity, rule, the equation with both sides, and the way to its cells' sources. */
export function CheckItem({ reportId, check }: { reportId: string; check: CheckResult }) {
  const equation =
    check.lhs !== undefined && check.rhs !== undefined
      ? `左边 ${formatNumberText(check.lhs)} ≠ 右边 ${formatNumberText(check.rhs)}`
      : null
  return (
    <li className={`finding finding-${check.severity}`} data-rule={check.rule} data-severity={check.severity}>
      <span className={`severity severity-${check.severity}`}>{SEVERITY_TEXT[check.severity]}</span>
      <span className="rule">{check.rule}</span>
      <span className="finding-message">{messageWithoutRule(check)}</span>
      {equation ? <span className="finding-equation">（{equation}）</span> : null}
      {check.cellIds.length > 0 ? (
        <InspectButton reportId={reportId} cellIds={check.cellIds} label={`${check.rule} 涉及的单元格`}>
          <span className="finding-source">查看来源（{check.cellIds.length} 个单元格）</span>
        </InspectButton>
      ) : null}
    </li>
  )
}
