import type { ComparisonGrid } from '../../core/compare/comparisonGrid'
import { describeCell } from '../../core/model/labels'
import { CorrectedMark } from '../corrections/CorrectedMark'
import { ReportIdentity } from '../corrections/ReportIdentity'
import { isBlankZero } from '../../core/compare/blankZeroCells'
import { InspectButton } from '../provenance/InspectButton'
import type { FigureKind } from '../format/formatFigure'
import { formatFigure } from '../format/formatFigure'
import { BlankMark } from '../format/BlankMark'
import type { LoadedReport } from '../../store'
import { ScopeBadge } from '../format/ScopeBadge'
import { SidewaysScroll } from '../scrolling/SidewaysScroll'
import { differenceTitle, ROW_DIFFERS_TITLE } from './differenceTitle'

const DECIMAL_ROWS: ReadonlySet<string> = new Set([
  'proactive.fees.amount',
  'proactive.procurement.amountYuan',
])

function kindOf(grid: ComparisonGrid, rowKey: string): FigureKind {
  return grid.key === 'proactive' && DECIMAL_ROWS.has(rowKey) ? 'decimal' : 'count'
}

/**
 * One of 表二/三/四 with a column block per report. A row whose reports differ is flagged; within it only the
 * cells that differ from the majority are marked, or every differing cell when no value has a majority. A
 * block is headed by the report's agency and year, each flagged 已更正 as 总览 flags it when the user
 * corrected it, and by its file when another report is headed alike (`distinctions`).
 */
export function ComparisonTable({
  grid,
  reports,
  distinctions,
}: {
  grid: ComparisonGrid
  reports: readonly LoadedReport[]
  distinctions: readonly (string | undefined)[]
}) {
  const titleId = `comparison-${grid.key}`
  const single = grid.columns.length === 1
  return (
    <section className="comparison-grid" aria-labelledby={titleId}>
      <h3 id={titleId}>{grid.title}</h3>
      <SidewaysScroll label={grid.title} moreRight="向右滚动查看其余报告" moreLeft="向左滚动查看前面的报告">
        <table className="data-table comparison-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={single ? 1 : 2} className="row-label">
                项目
              </th>
              {reports.map((loaded, index) => {
                const distinction = distinctions[index]
                return (
                  <th key={loaded.id} scope="colgroup" colSpan={grid.columns.length} className="block-start">
                    <ReportIdentity report={loaded.report} />
                    {distinction === undefined ? null : (
                      <span className="report-file">（{distinction}）</span>
                    )}
                    <ScopeBadge scope={loaded.report.scope} />
                  </th>
                )
              })}
            </tr>
            {single ? null : (
              <tr>
                {reports.map((loaded) =>
                  grid.columns.map((column, index) => (
                    <th
                      key={`${loaded.id}-${column.key}`}
                      scope="col"
                      className={index === 0 ? 'num block-start' : 'num'}
                    >
                      {column.label}
                    </th>
                  )),
                )}
              </tr>
            )}
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.key}>
                {/* The row mark is drawn by CSS so the label's text stays the label; the title explains it. */}
                <th
                  scope="row"
                  className={/^\d/.test(row.label) ? 'row-label sub-row' : 'row-label'}
                  data-row-diff={row.differs ? 'true' : undefined}
                  title={row.differs ? ROW_DIFFERS_TITLE : undefined}
                >
                  {row.label}
                </th>
                {row.cells.map((block, reportIndex) =>
                  block.map((cell, index) => {
                    const loaded = reports[reportIndex]
                    const kind = kindOf(grid, row.key)
                    const { text, title } = formatFigure(cell.figure, kind)
                    const difference = row.differences[index]
                    const source = loaded?.report.cells[cell.cellId]
                    // A number or a dash for an unread cell opens the source; a blank (no such row) does not.
                    const inspectable =
                      loaded !== undefined &&
                      (cell.figure.state === 'value' || cell.figure.state === 'unread')
                    const classes = ['num', index === 0 ? 'block-start' : '', cell.differs ? 'diff' : '']
                    const differs = cell.differs && difference ? differenceTitle(difference, kind) : undefined
                    // The tooltip is not read out with the number: the mark is said in the cell (and its button).
                    const shown = (
                      <>
                        {text}
                        {differs ? <span className="visually-hidden">，{differs}</span> : null}
                      </>
                    )
                    return (
                      <td
                        key={`${reportIndex}-${cell.cellId}`}
                        className={classes.filter(Boolean).join(' ')}
                        data-diff={cell.differs ? 'true' : undefined}
                        title={differs ?? title}
                      >
                        {inspectable ? (
                          <InspectButton
                            reportId={loaded.id}
                            cellIds={[cell.cellId]}
                            label={describeCell(cell.cellId)}
                          >
                            {shown}
                          </InspectButton>
                        ) : (
                          shown
                        )}
                        {source ? <CorrectedMark cellId={cell.cellId} cell={source} /> : null}
                        {source && loaded && isBlankZero(loaded.report, cell.cellId) ? <BlankMark /> : null}
                      </td>
                    )
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </SidewaysScroll>
    </section>
  )
}
