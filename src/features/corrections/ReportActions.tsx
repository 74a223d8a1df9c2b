import type { LoadedReport } from '../../store'
import { RemoveReportButton } from '../ingest/RemoveReportButton'
import { IdentityEditor } from './IdentityEditor'

interface ReportActionsProps {
  loaded: LoadedReport
  /** The report as the page names it: "某局 2023". */
  title: string
  /** Told what 更正机关或年度 saved (see IdentityEditor). */
  onIdentitySaved?: ((message: string) => void) | undefined
  /** Told just before 移除此报告 takes the report out (see RemoveReportButton). */
  onRemoving?: ((button: HTMLElement) => void) | undefined
}

/** 更正机关或年度 and 移除此报告 under a report's heading, in 检查 and in the source panel. */
export function ReportActions({ loaded, title, onIdentitySaved, onRemoving }: ReportActionsProps) {
  return (
    <div className="report-actions">
      <IdentityEditor reportId={loaded.id} report={loaded.report} title={title} onSaved={onIdentitySaved} />
      <RemoveReportButton
        reportId={loaded.id}
        title={title}
        fileName={loaded.fileName}
        onRemoving={onRemoving}
      />
    </div>
  )
}
