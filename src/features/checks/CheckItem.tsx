import type { CheckResult, SourceDocument } from '../../core/model/report'
import { InspectButton } from '../provenance/InspectButton'
import { previousYearCells } from './crossYearCells'
import { SEVERITY_NAMES } from '../../core/model/labels'
import { messageWithoutRule } from '../../core/checks/ruleMessage'

const QUOTE_CHARS = 80

/** The document line a prose or completeness finding quotes, shortened. */
function quotedLine(document: SourceDocument, line: number | undefined): string | undefined {
  if (line === undefined) return undefined
  const text = document.lines[line]?.text.replace(/\s+/g, ' ').trim()
  if (!text) return undefined
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text
}

interface CheckItemProps {
  reportId: string
  document: SourceDocument
  check: CheckResult
}

/** One failed check: severity, rule, its message (which names both sides), and the way to its cells' sources. */
export function CheckItem({ reportId, document, check }: CheckItemProps) {
  const quote = quotedLine(document, check.line)
  const previous = previousYearCells(check)
  return (
    <li className={`finding finding-${check.severity}`} data-rule={check.rule} data-severity={check.severity}>
      <span className={`severity severity-${check.severity}`}>{SEVERITY_NAMES[check.severity]}</span>
      <span className="rule">{check.rule}</span>
      <span className="finding-message">{messageWithoutRule(check)}</span>
      {quote && check.line !== undefined ? (
        <q className="finding-quote">
          第 {check.line + 1} 行：{quote}
        </q>
      ) : null}
      {check.cellIds.length > 0 ? (
        <InspectButton
          reportId={reportId}
          cellIds={check.cellIds}
          label={`${check.rule} 涉及的单元格`}
          kind="check"
        >
          <span className="finding-source">查看来源（{check.cellIds.length} 个单元格）</span>
        </InspectButton>
      ) : null}
      {previous ? (
        <InspectButton
          reportId={previous.reportId}
          cellIds={previous.cellIds}
          label={`${check.rule} 上年报告的单元格`}
          kind="check"
        >
          <span className="finding-source">查看上年来源</span>
        </InspectButton>
      ) : null}
    </li>
  )
}
