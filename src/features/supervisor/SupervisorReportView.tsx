import { useId, useRef } from 'react'
import { createPortal } from 'react-dom'
import { supervisorLegendText } from '../../core/supervisor/supervisorLegend'
import type { SupervisorReport } from '../../core/supervisor/supervisorReport'
import { useModalFocus } from '../dialog/useModalFocus'
import { downloadBlob } from '../export/download'
import { formatCorrectionTime } from '../corrections/correctionTime'
import { SupervisorAgencySection } from './SupervisorAgencySection'
import { supervisorCsvFile } from './supervisorCsvFile'
import './supervisor.css'

interface SupervisorReportViewProps {
  report: SupervisorReport
  onClose: () => void
}

/**
 * The printable checking report, over the whole page (and alone on paper: the print style hides the
 * dashboard). Rendered into <body> so printing does not inherit the dashboard's layout.
 */
export function SupervisorReportView({ report, onClose }: SupervisorReportViewProps) {
  const titleId = useId()
  const closeRef = useRef<HTMLButtonElement>(null)
  const dialog = useRef<HTMLDivElement>(null)
  useModalFocus(dialog, { onClose, initialFocus: closeRef })

  const exportCsv = () => {
    const { blob, fileName } = supervisorCsvFile(report)
    downloadBlob(blob, fileName)
  }
  const { totals } = report

  return createPortal(
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className="supervisor-overlay"
    >
      <article className="supervisor-page" data-testid="supervisor-report">
        <div className="supervisor-actions no-print">
          <button type="button" onClick={() => window.print()}>
            打印
          </button>
          <button type="button" onClick={exportCsv}>
            导出检查报告 CSV
          </button>
          <button ref={closeRef} type="button" onClick={onClose}>
            关闭
          </button>
        </div>
        <h1 id={titleId}>政府信息公开工作年度报告检查情况</h1>
        <p className="supervisor-summary">
          生成时间：{formatCorrectionTime(report.generatedAt)}。共检查 {totals.reports} 份报告：
          {totals.withErrors} 份有错误，{totals.withWarnings} 份仅有警告，
          {totals.withReadingGaps > 0 ? `${totals.withReadingGaps} 份有未读取或未识别的内容，` : ''}
          {totals.clean} 份未发现错误和警告。
        </p>
        <p className="supervisor-note">
          {supervisorLegendText()}
          有未读取或未识别的内容：有单元格未能读取（涉及它们的勾稽关系未检查）、机关或年度存疑，或文件中另有一个表三未读取；这类报告不计入“未发现错误和警告”。
        </p>
        {report.agencies.map((agency) => (
          <SupervisorAgencySection key={agency.agency} agency={agency} />
        ))}
      </article>
    </div>,
    document.body,
  )
}
