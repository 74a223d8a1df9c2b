import type { LoadedReport } from '../../store'
import { CheckItem } from './CheckItem'
import { countFindings, failedChecks } from './findings'

function countsText(loaded: LoadedReport): string {
  const { errors, warnings, notices } = countFindings(loaded.report)
  const parts: string[] = []
  if (errors > 0) parts.push(`${errors} 个错误`)
  if (warnings > 0) parts.push(`${warnings} 个警告`)
  if (notices > 0) parts.push(`${notices} 个提示`)
  return parts.join(' · ')
}

/** Every failed check of one report, under a heading naming the report and its file. */
export function ReportFindings({ loaded }: { loaded: LoadedReport }) {
  const { report } = loaded
  const failed = failedChecks(report)
  const title = `${report.agency} ${report.year}`
  return (
    <section className="report-findings" aria-label={title} data-testid="report-findings">
      <h3>
        {title}
        {report.scope === 'aggregate' ? <span className="badge">汇总</span> : null}
        <span className="findings-count">{countsText(loaded)}</span>
      </h3>
      <p className="muted findings-file">文件：{loaded.fileName}</p>
      <ul className="findings">
        {failed.map((check, index) => (
          <CheckItem
            key={`${check.rule}-${index}`}
            reportId={loaded.id}
            document={report.document}
            check={check}
          />
        ))}
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
