import type { Report } from '../../core/model/report'
import { IdentityCorrectedMark } from './IdentityCorrectedMark'

/**
 * A report's agency and year as reportTitle writes them ("某局 2023", "某局（年度未识别）"), each followed by
 * the 已更正 flag when the user corrected it, as 总览 flags them.
 */
export function ReportIdentity({
  report,
}: {
  report: Pick<Report, 'agency' | 'year' | 'identityCorrected'>
}) {
  const yearMark = <IdentityCorrectedMark report={report} field="year" />
  return (
    <>
      {report.agency}
      <IdentityCorrectedMark report={report} field="agency" />
      {report.year > 0 ? (
        <>
          {' '}
          {report.year}
          {yearMark}
        </>
      ) : (
        <>（年度未识别{yearMark}）</>
      )}
    </>
  )
}
