import type { ChartNote } from '../../core/compare/chartSeries'
import { noteText } from './chartFormat'

export interface ChartNotesProps {
  notes: readonly ChartNote[]
}

/** Why some loaded reports are not drawn: visible next to the chart, never silently dropped. */
export function ChartNotes({ notes }: ChartNotesProps) {
  if (notes.length === 0) return null
  return (
    <ul className="chart-notes">
      {notes.map((note) => (
        <li key={note.kind} data-note={note.kind}>
          {noteText(note)}
        </li>
      ))}
    </ul>
  )
}
