import { reportTitle } from '../../core/model/labels'
import { readingGapsOf, type ReadingGaps, type TableLeft } from '../../core/compare/readingGaps'
import type { LoadedReport } from '../../store'
import { withCopiedWarnings, type CopiedTextFindings } from '../../core/copiedText/copiedText'
import { CheckItem } from './CheckItem'
import { CopiedTextItems } from './CopiedTextItems'
import { countProblems } from '../../core/checks/runChecks'
import { failedChecks } from './findings'
import { ScopeBadge } from '../format/ScopeBadge'
import { ReportActions } from '../corrections/ReportActions'

function countsText(loaded: LoadedReport, gaps: ReadingGaps, copied: CopiedTextFindings | undefined): string {
  const { errors, warnings, notices } = withCopiedWarnings(countProblems(loaded.report.checks), copied)
  const parts: string[] = []
  if (errors > 0) parts.push(`${errors} 个错误`)
  if (warnings > 0) parts.push(`${warnings} 个警告`)
  if (notices > 0) parts.push(`${notices} 个提示`)
  if (gaps.unreadCells > 0) parts.push(`${gaps.unreadCells} 格未读取`)
  return parts.join(' · ')
}

/** Said of a table the file has twice, one of them left unread. */
const TABLE_LEFT_MESSAGES: Record<TableLeft, string> = {
  表三: '文件中有两个表三，只读取了其中一个，请核对读取的是否为本机关、本年度的表三（详见读取提示）',
  表四: '表四有两组数值，只读取了其中一组，请核对读取的是否为本年度的（详见读取提示）',
}

/** What the reader could not establish, said where the failed rules are listed. */
function GapItems({ gaps }: { gaps: ReadingGaps }) {
  return (
    <>
      {gaps.unreadCells > 0 ? (
        <li className="finding finding-warning" data-testid="reading-gap">
          <span className="severity severity-warning">读取</span>
          <span className="finding-message">
            有 {gaps.unreadCells} 个单元格未能读取，没有填入数值，涉及它们的勾稽关系未检查（详见读取提示）
          </span>
        </li>
      ) : null}
      {gaps.identityGuessed ? (
        <li className="finding finding-warning" data-testid="reading-gap">
          <span className="severity severity-warning">读取</span>
          <span className="finding-message">
            机关名称或年度不是从标题读到的，或年度不可能是报告年度，请核对（详见读取提示）
          </span>
        </li>
      ) : null}
      {gaps.tablesLeft.map((table) => (
        <li key={table} className="finding finding-warning" data-testid="reading-gap">
          <span className="severity severity-warning">读取</span>
          <span className="finding-message">{TABLE_LEFT_MESSAGES[table]}</span>
        </li>
      ))}
    </>
  )
}

interface ReportFindingsProps {
  loaded: LoadedReport
  /** The report's 内容雷同 findings (selectCopiedText), if any. */
  copied?: CopiedTextFindings | undefined
  /** Told what the user saved with 更正机关或年度 (see IdentityEditor). */
  onIdentitySaved?: (message: string) => void
  /** Told just before 移除此报告 takes the report out (see RemoveReportButton). */
  onRemoving?: (button: HTMLElement) => void
}

/** Every failed check of one report, under a heading naming the report and its file. */
export function ReportFindings({ loaded, copied, onIdentitySaved, onRemoving }: ReportFindingsProps) {
  const { report } = loaded
  const failed = failedChecks(report)
  const gaps = readingGapsOf(report)
  const title = reportTitle(report.agency, report.year)
  return (
    <section className="report-findings" aria-label={title} data-testid="report-findings" data-focus-item>
      <h3>
        {title}
        <ScopeBadge scope={report.scope} />
        <span className="findings-count">{countsText(loaded, gaps, copied)}</span>
      </h3>
      <p className="muted findings-file">文件：{loaded.fileName}</p>
      <ReportActions
        loaded={loaded}
        title={title}
        onIdentitySaved={onIdentitySaved}
        onRemoving={onRemoving}
      />
      <ul className="findings">
        {failed.map((check, index) => (
          <CheckItem
            key={`${check.rule}-${index}`}
            reportId={loaded.id}
            document={report.document}
            check={check}
          />
        ))}
        <CopiedTextItems copied={copied} />
        <GapItems gaps={gaps} />
      </ul>
      {report.notices.length > 0 ? (
        <details className="reading-notices">
          <summary>读取提示（{report.notices.length}）</summary>
          <ul>
            {report.notices.map((notice, index) => (
              <li key={index}>{notice.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}
