import { SCOPE_NAMES, SEVERITY_NAMES, TEMPLATE_NAMES } from '../../core/model/labels'
import { problemRuleName } from '../../core/supervisor/supervisorCsv'
import type { SupervisorAgency } from '../../core/supervisor/supervisorReport'
import { ScopeBadge } from '../format/ScopeBadge'

function countsText(counts: { errors: number; warnings: number; notices: number }): string {
  if (counts.errors === 0 && counts.warnings === 0) return '未发现错误和警告'
  const parts: string[] = []
  if (counts.errors > 0) parts.push(`${counts.errors} 个错误`)
  if (counts.warnings > 0) parts.push(`${counts.warnings} 个警告`)
  return parts.join('，')
}

/** One agency of the checking report: each of its reports with every problem found. */
export function SupervisorAgencySection({ agency }: { agency: SupervisorAgency }) {
  return (
    <section className="supervisor-agency" aria-label={agency.agency}>
      <h2>
        {agency.agency}
        <span className="supervisor-counts">{countsText(agency.counts)}</span>
      </h2>
      {agency.reports.map((row) => (
        <div key={row.reportId} className="supervisor-report-row" data-testid="supervisor-row">
          <h3>
            {row.year > 0 ? `${row.year} 年度` : '年度未识别'}
            <ScopeBadge scope={row.scope} />
            <span className="supervisor-meta">
              {row.agencyAsWritten !== agency.agency ? `报告所写名称：${row.agencyAsWritten} · ` : ''}
              {TEMPLATE_NAMES[row.template]} · {SCOPE_NAMES[row.scope]} · 文件：{row.fileName}
              {row.userValues > 0 ? ` · 用户更正 ${row.userValues} 处` : ''}
              {row.identityCorrected.length > 0 ? ` · ${row.identityCorrected.join('；')}` : ''}
              {row.duplicateOf.length > 0 ? ' · 重复载入' : ''}
            </span>
          </h3>
          {row.problems.length === 0 ? (
            <p className="supervisor-clean">✓ 未发现问题</p>
          ) : (
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
          )}
        </div>
      ))}
    </section>
  )
}
