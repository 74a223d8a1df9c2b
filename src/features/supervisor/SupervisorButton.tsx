import { useState } from 'react'
import type { SupervisorReport } from '../../core/supervisor/supervisorReport'
import { buildSupervisorReport } from '../../core/supervisor/supervisorReport'
import { selectSupervisorFindings, useDashboardStore, useEffectiveReports } from '../../store'
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
            buildSupervisorReport(
              reports,
              aliases,
              new Date().toISOString(),
              selectSupervisorFindings(useDashboardStore.getState()),
            ),
          )
        }
      >
        生成检查报告
      </button>
      {report ? <SupervisorReportView report={report} onClose={() => setReport(null)} /> : null}
    </>
  )
}
