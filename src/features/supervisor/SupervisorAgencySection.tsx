import { hasReadingGaps, readingGapTexts } from '../../core/compare/readingGaps'
import { SCOPE_NAMES, SEVERITY_NAMES, TEMPLATE_NAMES } from '../../core/model/labels'
import { noProblemText } from '../../core/supervisor/supervisorCsv'
import { problemRuleName } from '../../core/supervisor/supervisorReport'
import type { SupervisorAgency, SupervisorReportRow } from '../../core/supervisor/supervisorReport'
import { ScopeBadge } from '../format/ScopeBadge'

/** The agency's errors and warnings, and what was left unread: "1 个警告，15 格未读取". */
function countsText({ counts, reports }: SupervisorAgency): string {
  const parts: string[] = []
  if (counts.errors > 0) parts.push(`${counts.errors} 个错误`)
  if (counts.warnings > 0) parts.push(`${counts.warnings} 个警告`)
  const withGaps = reports.filter((row) => hasReadingGaps(row.readingGaps))
  const [only] = withGaps
  if (reports.length === 1 && only !== undefined) parts.push(...readingGapTexts(only.readingGaps))
  else if (withGaps.length > 0) parts.push(`${withGaps.length} 份报告有未读取或未识别的内容`)
  return parts.length > 0 ? parts.join('，') : '未发现错误和警告'
}

/** One report: what identifies it, what the reader left unread, and every problem found. */
function ReportRow({ row, agency }: { row: SupervisorReportRow; agency: string }) {
  const gaps = readingGapTexts(row.readingGaps)
  return (
    <div className="supervisor-report-row" data-testid="supervisor-row">
      <h3>
        {row.year > 0 ? `${row.year} 年度` : '年度未识别'}
        <ScopeBadge scope={row.scope} />
        <span className="supervisor-meta">
          {row.agencyAsWritten !== agency ? `报告所写名称：${row.agencyAsWritten} · ` : ''}
          {TEMPLATE_NAMES[row.template]} · {SCOPE_NAMES[row.scope]} · 文件：{row.fileName}
          {row.userValues > 0 ? ` · 用户更正 ${row.userValues} 处` : ''}
          {row.identityCorrected.length > 0 ? ` · ${row.identityCorrected.join('；')}` : ''}
          {row.duplicateOf.length > 0 ? ' · 重复载入' : ''}
        </span>
      </h3>
      {gaps.length > 0 ? <p className="supervisor-gaps">有未读取或未识别的内容：{gaps.join('，')}</p> : null}
      {row.status === 'clean' && row.problems.length === 0 ? (
        row.template === 'legacy' ? (
          <p className="muted">{noProblemText(row)}</p>
        ) : (
          <p className="supervisor-clean">✓ {noProblemText(row)}</p>
        )
      ) : null}
      {row.problems.length > 0 ? (
        <table className="supervisor-problems">
          <thead>
            <tr>
              <th scope="col">严重程度</th>
              <th scope="col">规则</th>
              <th scope="col">问题说明</th>
            </tr>
          </thead>
          <tbody>
            {row.problems.map((problem, index) => (
              <tr key={index} className={`problem-${problem.severity}`}>
                <td>{SEVERITY_NAMES[problem.severity]}</td>
                <td>{problemRuleName(problem.rule)}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}

/** One agency of the checking report: each of its reports with every problem found. */
export function SupervisorAgencySection({ agency }: { agency: SupervisorAgency }) {
  return (
    <section className="supervisor-agency" aria-label={agency.agency}>
      <h2>
        {agency.agency}
        <span className="supervisor-counts">{countsText(agency)}</span>
      </h2>
      {agency.reports.map((row) => (
        <ReportRow key={row.reportId} row={row} agency={agency.agency} />
      ))}
    </section>
  )
}
