import { messageWithoutRule } from '../../core/checks/ruleMessage'
import { describeCell, SEVERITY_NAMES } from '../../core/model/labels'
import type { LoadedReport } from '../../store'
import { CorrectedMark } from '../corrections/CorrectedMark'
import { CorrectionForm } from '../corrections/CorrectionForm'
import { formatCellValue } from '../format/formatCellValue'
import { failedChecksForCell, noticesForCell } from './cellFindings'
import { sourceContext } from './sourceContext'
import { SourceLines } from './SourceLines'

function locationText(line: number, page: number | undefined): string {
  return page === undefined ? `第 ${line + 1} 行` : `第 ${page} 页 · 第 ${line + 1} 行`
}

/** One cell in the provenance panel: value, where it was read, the text around it, notices, correction. */
export function CellSource({ loaded, cellId }: { loaded: LoadedReport; cellId: string }) {
  const { report } = loaded
  const name = describeCell(cellId)
  const cell = report.cells[cellId]
  const notices = noticesForCell(report, cellId)
  const failed = failedChecksForCell(report, cellId)
  const context = cell ? sourceContext(report.document, cell.source) : []
  const page = cell?.source.page ?? context.find((line) => line.isSource)?.page

  return (
    <section className="cell-source" aria-label={name} data-cell-id={cellId}>
      <h3>{name}</h3>
      {cell ? (
        <>
          <p className="cell-value">
            数值 <strong data-testid="source-value">{formatCellValue(cellId, cell.value)}</strong>
            <CorrectedMark cellId={cellId} cell={cell} />
          </p>
          <p className="cell-location">
            {cell.entered
              ? '报告中未能读取该数值，由用户填入。'
              : `${locationText(cell.source.line, page)}，原文单元格“${cell.source.raw}”`}
          </p>
          {context.length > 0 ? (
            <SourceLines lines={context} />
          ) : cell.entered ? null : (
            <p className="muted">原文不可用：该报告未保存这一行的文字。</p>
          )}
        </>
      ) : (
        <p className="cell-value figure-unread">未能从报告中读取该数值（未填入任何数字）。</p>
      )}
      {notices.length > 0 ? (
        <ul className="cell-notices" aria-label="读取提示">
          {notices.map((notice, index) => (
            <li key={index} className="notice">
              {notice.message}
            </li>
          ))}
        </ul>
      ) : null}
      {failed.length > 0 ? (
        <ul className="cell-checks" aria-label="未通过的检查">
          {failed.map((check, index) => (
            <li key={index} className={`check-${check.severity}`}>
              {check.rule} {SEVERITY_NAMES[check.severity]}：{messageWithoutRule(check)}
            </li>
          ))}
        </ul>
      ) : null}
      <CorrectionForm reportId={loaded.id} cellId={cellId} cellName={name} cell={cell} />
    </section>
  )
}
