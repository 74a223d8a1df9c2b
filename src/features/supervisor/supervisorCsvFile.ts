import { SUPERVISOR_CSV_HEADERS, supervisorCsvRows } from '../../core/supervisor/supervisorCsv'
import type { SupervisorReport } from '../../core/supervisor/supervisorReport'
import { csvBlob, toCsv } from '../export/csv'
import { exportFileName, yearsPart } from '../export/fileNames'

/** The checking report as a CSV file (BOM, CRLF) and a name that says what it covers. */
export function supervisorCsvFile(report: SupervisorReport): { blob: Blob; fileName: string } {
  const years = [
    ...new Set(
      report.agencies.flatMap((agency) => agency.reports.map((row) => row.year)).filter((y) => y > 0),
    ),
  ]
  return {
    blob: csvBlob(toCsv(SUPERVISOR_CSV_HEADERS, supervisorCsvRows(report))),
    fileName: exportFileName('政府信息公开年报检查报告', yearsPart([], years), 'csv'),
  }
}
