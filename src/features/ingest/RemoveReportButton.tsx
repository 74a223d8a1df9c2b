import { useRef, useState } from 'react'
import { useDashboardStore } from '../../store'
import { removeReport } from './removeFile'
import { RemoveReportsDialog } from './RemoveReportsDialog'
import './ingest.css'

interface RemoveReportButtonProps {
  reportId: string
  /** The report as the page names it: "某局 2023". */
  title: string
  fileName: string
  /**
   * Told just before the report goes, with this button (which goes with it): a view listing reports moves
   * focus to what takes its place (see useFocusLanding). Without it focus goes where the dialog's opener
   * was, which the source panel handles.
   */
  onRemoving?: ((button: HTMLElement) => void) | undefined
}

/**
 * 移除此报告: one report out of the workspace after a confirmation, e.g. a wrong file among the reports a
 * zip brought in, which the file list can only remove all together.
 */
export function RemoveReportButton({ reportId, title, fileName, onRemoving }: RemoveReportButtonProps) {
  const [confirming, setConfirming] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const imported = useDashboardStore((state) =>
    state.files.some((file) => file.imported === true && file.reportIds?.includes(reportId) === true),
  )
  return (
    <>
      <button
        ref={button}
        type="button"
        className="remove-report"
        data-focus-control="remove-report"
        onClick={() => setConfirming(true)}
        aria-label={`移除此报告：${title}`}
      >
        移除此报告
      </button>
      {confirming ? (
        <RemoveReportsDialog
          title={`移除 ${title}？`}
          what={`这份报告（文件：${fileName}）`}
          reportIds={[reportId]}
          imported={imported}
          onConfirm={() => {
            setConfirming(false)
            if (button.current) onRemoving?.(button.current)
            removeReport(useDashboardStore.getState, reportId)
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </>
  )
}
