import { useState } from 'react'
import type { SupervisorReport } from '../../core/supervisor/supervisorReport'
import { buildSupervisorReport } from '../../core/supervisor/supervisorReport'
import { selectCopiedText, useDashboardStore, useEffectiveReports } from '../../store'
import { selectDuplicateGroups } from '../../store/selectors/duplicateGroups'
import { SupervisorReportView } from './SupervisorReportView'

/** One click: the checking report of every loaded report (not only the filtered ones), corrections applied. */
export function SupervisorButton() {
  const reports = useEffectiveReports()
  const aliases = useDashboardStore((state) => state.aliases)
  const [report, setReport] = useState<SupervisorReport | null>(null)
  return (
    <>
      <button
        type="button"
        disabled={reports.length === 0}
        onClick={() =>
          setReport(
            buildSupervisorReport(reports, aliases, new Date().toISOString(), {
              // The memoised selectors' findings: the views have them worked out already, and the
              // effective reports carry their R-F/R-G findings.
              copied: selectCopiedText(useDashboardStore.getState()),
              duplicates: selectDuplicateGroups(useDashboardStore.getState()),
              acrossReportsChecked: true,
            }),
          )
        }
      >
        生成检查报告
      </button>
      {report ? <SupervisorReportView report={report} onClose={() => setReport(null)} /> : null}
    </>
  )
}
