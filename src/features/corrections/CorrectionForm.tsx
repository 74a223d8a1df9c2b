import { useId, useRef, useState, type FormEvent } from 'react'
import type { Cell } from '../../core/model/report'
import { useDashboardStore } from '../../store'
import { formatCellValue } from '../format/formatCellValue'
import { CorrectionRefusal } from './CorrectionRefusal'
import { formatCorrectionTime } from './correctionTime'
import { parseCorrectionInput } from './parseCorrectionInput'

interface CorrectionFormProps {
  reportId: string
  cellId: string
  cellName: string
  /** Undefined for a cell the reader could not fill: the user may enter its value. */
  cell: Cell | undefined
}

/** Correct a misread number, or undo the correction; the report's own value is always kept. */
export function CorrectionForm({ reportId, cellId, cellName, cell }: CorrectionFormProps) {
  const correctCell = useDashboardStore((state) => state.correctCell)
  const undoCorrection = useDashboardStore((state) => state.undoCorrection)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const errorId = useId()
  const inputRef = useRef<HTMLInputElement>(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = parseCorrectionInput(cellId, text)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }
    const refused = correctCell(reportId, cellId, parsed.value)
    setError(refused?.message ?? null)
    if (!refused) setText('')
  }

  const undo = () => {
    const refused = undoCorrection(reportId, cellId)
    setError(refused?.message ?? null)
    // The undo button goes with the correction: focus moves to the input rather than falling to <body>.
    if (!refused) inputRef.current?.focus()
  }

  return (
    <div className="correction">
      {cell?.corrected ? (
        <p className="correction-record">
          已更正：报告原值 <strong>{formatCellValue(cellId, cell.corrected.original)}</strong>，更正为{' '}
          <strong>{formatCellValue(cellId, cell.value)}</strong>（{formatCorrectionTime(cell.corrected.at)}）
          <button type="button" onClick={undo} aria-label={`撤销更正 ${cellName}`}>
            撤销更正
          </button>
        </p>
      ) : null}
      {cell?.entered ? (
        <p className="correction-record">
          报告中未能读取，由用户填入 <strong>{formatCellValue(cellId, cell.value)}</strong>（
          {formatCorrectionTime(cell.entered.at)}）
          <button type="button" onClick={undo} aria-label={`撤销更正 ${cellName}`}>
            撤销更正
          </button>
        </p>
      ) : null}
      <form className="correction-form" onSubmit={submit}>
        <label htmlFor={inputId}>{cell ? '更正为' : '填入数值'}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          inputMode="decimal"
          aria-label={`更正 ${cellName}`}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={cell ? formatCellValue(cellId, cell.value) : '未读取'}
        />
        <button type="submit">保存更正</button>
        <CorrectionRefusal id={errorId} message={error} />
      </form>
    </div>
  )
}
