import type { Report } from '../../core/model/report'
import { agencyText, yearText } from '../../core/model/labels'
import { formatCorrectionTime } from './correctionTime'
import './corrections.css'

/** What the reader had found for the field the user corrected, as text; undefined when not corrected. */
function readerValue(
  report: Pick<Report, 'identityCorrected'>,
  field: 'agency' | 'year',
): string | undefined {
  const original = report.identityCorrected
  if (field === 'year') return original?.year === undefined ? undefined : yearText(original.year)
  return original?.agency === undefined ? undefined : agencyText(original.agency)
}

/** The 已更正 flag beside an agency or a year the user corrected, with what the reader had found. */
export function IdentityCorrectedMark({
  report,
  field,
}: {
  report: Pick<Report, 'identityCorrected'>
  field: 'agency' | 'year'
}) {
  const was = readerValue(report, field)
  if (was === undefined || report.identityCorrected === undefined) return null
  return (
    <span
      className="corrected-mark"
      title={`已更正：读取结果为 ${was}，更正于 ${formatCorrectionTime(report.identityCorrected.at)}`}
      data-corrected="true"
    >
      已更正
    </span>
  )
}
