import { reportTitle } from '../../core/model/labels'
import { useDashboardStore, useHiddenSelectedReports, type LoadedReport } from '../../store'
import { csvBlob, toCsv } from '../export/csv'
import { downloadBlob } from '../export/download'
import { exportFileName, filterPart } from '../export/fileNames'
import { comparisonCsvTable } from './comparisonCsv'
import { ComparisonTable } from './ComparisonTable'
import { useComparisonGrids } from './useComparisonGrids'

/** Ticked reports the filters hide stay ticked; the comparison names them so none goes missing unseen. */
function HiddenSelection({ hidden }: { hidden: readonly LoadedReport[] }) {
  if (hidden.length === 0) return null
  const names = hidden.map((loaded) => reportTitle(loaded.report.agency, loaded.report.year)).join('、')
  return (
    <p className="comparison-hidden" role="status" data-testid="comparison-hidden">
      另有 {hidden.length} 份已选报告被当前筛选隐藏，未列入对比：{names}。取消筛选后重新列入。
    </p>
  )
}

/** The 并排对比 tab: the ticked reports' 表二, 表三 and 表四 side by side. */
export function ComparisonView() {
  const { reports, grids, distinctions } = useComparisonGrids()
  const hidden = useHiddenSelectedReports()
  const clearSelection = useDashboardStore((state) => state.clearSelection)
  const filters = useDashboardStore((state) => state.filters)

  if (reports.length < 2) {
    return (
      <section className="comparison" aria-label="并排对比">
        <p className="empty">请在“总览”中勾选至少两份报告进行并排对比（已选 {reports.length} 份）。</p>
        <HiddenSelection hidden={hidden} />
      </section>
    )
  }

  const exportCsv = () => {
    const { headers, rows } = comparisonCsvTable(grids, reports, distinctions)
    const years = [...new Set(reports.map((loaded) => loaded.report.year))]
    const fileName = exportFileName(
      `并排对比_${reports.length}份报告`,
      filterPart(filters.years, years, filters.agencies, filters.onlyProblems),
      'csv',
    )
    downloadBlob(csvBlob(toCsv(headers, rows)), fileName)
  }

  return (
    <section className="comparison" aria-label="并排对比">
      <div className="toolbar">
        <span className="count">对比 {reports.length} 份报告</span>
        <span className="legend">
          <span className="diff legend-swatch" aria-hidden="true" />{' '}
          与多数报告不同的数值（没有过半数相同时，标出全部不同的数值）
        </span>
        <span className="legend">
          <span className="row-diff-mark" aria-hidden="true">
            ≠
          </span>{' '}
          该行各报告的数值有不同
        </span>
        <span className="legend muted">“—”表示未能读取；空白表示该报告的表格格式中没有此项</span>
        <button type="button" onClick={exportCsv} title="并排对比的表二、表三、表四，每份报告一列">
          导出 CSV
        </button>
        <button type="button" onClick={clearSelection}>
          清除选择
        </button>
      </div>
      <HiddenSelection hidden={hidden} />
      {grids.map((grid) => (
        <ComparisonTable key={grid.key} grid={grid} reports={reports} distinctions={distinctions} />
      ))}
    </section>
  )
}
