import { NoReportsNotice } from '../filters/NoReportsNotice'
import { useDashboardStore } from '../../store'
import { csvBlob, toCsv } from '../export/csv'
import { downloadBlob } from '../export/download'
import { exportFileName, yearsPart } from '../export/fileNames'
import { ColumnMenu } from './ColumnMenu'
import { overviewCsvTable } from './overviewCsv'
import { OverviewTable } from './OverviewTable'
import { useOverviewTable } from './useOverviewTable'
import { useOverviewEntries } from './useOverviewEntries'

/** The 总览 tab: one line per filtered report, sortable, with column choice and CSV export. */
export function OverviewView() {
  const entries = useOverviewEntries()
  const activeYears = useDashboardStore((state) => state.filters.years)
  const table = useOverviewTable(entries)

  const exportCsv = () => {
    // Export in the order the user sorted the table.
    const sorted = table.getRowModel().rows.map((row) => row.original)
    const hidden = new Set(
      table
        .getAllLeafColumns()
        .filter((column) => !column.getIsVisible())
        .map((column) => column.id),
    )
    const { headers, rows } = overviewCsvTable(sorted, hidden)
    const shownYears = [...new Set(sorted.map((entry) => entry.row.year))]
    downloadBlob(
      csvBlob(toCsv(headers, rows)),
      exportFileName('年报总览', yearsPart(activeYears, shownYears), 'csv'),
    )
  }

  const toggles = table
    .getAllLeafColumns()
    .filter((column) => column.getCanHide())
    .map((column) => ({
      id: column.id,
      label: typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id,
      visible: column.getIsVisible(),
      toggle: (visible: boolean) => column.toggleVisibility(visible),
    }))

  return (
    <section className="overview" aria-label="总览">
      <div className="toolbar">
        <span className="count">共 {entries.length} 份报告</span>
        <ColumnMenu columns={toggles} />
        <button type="button" onClick={exportCsv} disabled={entries.length === 0}>
          导出 CSV
        </button>
      </div>
      {entries.length === 0 ? (
        <NoReportsNotice className="empty" none="尚无报告。请把年报文件拖到上方，或点击“加载示例报告”。" />
      ) : null}
      <OverviewTable table={table} />
    </section>
  )
}
