import { useState } from 'react'
import { NoReportsNotice } from '../filters/NoReportsNotice'
import { selectSupervisorFindings, useDashboardStore, useEffectiveReports } from '../../store'
import { csvBlob, toCsv } from '../export/csv'
import { afterNextPaint } from '../export/afterNextPaint'
import { downloadBlob } from '../export/download'
import { exportErrorMessage } from '../export/exportErrors'
import { workbookFile } from '../export/workbookExport'
import { exportFileName, filterPart } from '../export/fileNames'
import { ColumnMenu } from './ColumnMenu'
import { overviewCsvTable } from './overviewCsv'
import type { OverviewEntry } from './overviewEntries'
import { overviewWorkbookSheets } from './overviewWorkbook'
import { OverviewTable } from './OverviewTable'
import { SmallSampleNote } from './SmallSampleNote'
import { useOverviewTable } from './useOverviewTable'
import { useOverviewEntries } from './useOverviewEntries'

const yearsShown = (entries: readonly OverviewEntry[]) => [...new Set(entries.map((entry) => entry.row.year))]

/** The 总览 tab: one line per filtered report, sortable, with column choice and CSV and Excel export. */
export function OverviewView() {
  const entries = useOverviewEntries()
  const filters = useDashboardStore((state) => state.filters)
  const aliases = useDashboardStore((state) => state.aliases)
  const allReports = useEffectiveReports()
  const table = useOverviewTable(entries)
  const [workbookBusy, setWorkbookBusy] = useState(false)
  const [exportError, setExportError] = useState<string | null>(null)

  // Exports follow the table as the user arranged it: its sort order, without the columns they hid.
  const sortedEntries = () => table.getRowModel().rows.map((row) => row.original)
  const hiddenColumns = () =>
    new Set(
      table
        .getAllLeafColumns()
        .filter((column) => !column.getIsVisible())
        .map((column) => column.id),
    )

  const fileFilter = (sorted: readonly OverviewEntry[]) =>
    filterPart(filters.years, yearsShown(sorted), filters.agencies, filters.onlyProblems)

  const exportCsv = () => {
    const sorted = sortedEntries()
    const { headers, rows } = overviewCsvTable(sorted, hiddenColumns())
    downloadBlob(csvBlob(toCsv(headers, rows)), exportFileName('年报总览', fileFilter(sorted), 'csv'))
  }

  const exportWorkbook = async () => {
    setExportError(null)
    setWorkbookBusy(true)
    try {
      await afterNextPaint()
      const sorted = sortedEntries()
      const exportedAt = new Date()
      const sheets = overviewWorkbookSheets({
        entries: sorted,
        hidden: hiddenColumns(),
        allReports,
        aliases,
        filters,
        exportedAt,
        // Read at click time: the views have them worked out already.
        ...selectSupervisorFindings(useDashboardStore.getState()),
      })
      const fileName = exportFileName('年报数据', fileFilter(sorted), 'xlsx')
      downloadBlob(await workbookFile(sheets, exportedAt), fileName)
    } catch (error) {
      setExportError(exportErrorMessage(error))
    } finally {
      setWorkbookBusy(false)
    }
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
        <button
          type="button"
          onClick={() => void exportWorkbook()}
          disabled={entries.length === 0 || workbookBusy}
          title="Excel 工作簿：总览、全部单元格、检查结果、字段说明、说明"
        >
          {workbookBusy ? '正在生成…' : '导出 Excel'}
        </button>
      </div>
      {exportError ? (
        <p className="export-error" role="alert">
          {exportError}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <NoReportsNotice className="empty" none="尚无报告。请把年报文件拖到上方，或点击“加载示例报告”。" />
      ) : null}
      <OverviewTable table={table} />
      <SmallSampleNote
        entries={entries}
        rateShown={table.getColumn('disclosureRate')?.getIsVisible() ?? false}
      />
    </section>
  )
}
