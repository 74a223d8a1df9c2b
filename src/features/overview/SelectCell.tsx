import { reportTitle } from '../../core/model/labels'
import { useDashboardStore } from '../../store'

interface SelectCellProps {
  id: string
  agency: string
  year: number
  /** Said after the name when another row is named alike (two copies of one report). */
  distinction?: string | undefined
}

/** The row checkbox that puts a report into the side-by-side comparison. */
export function SelectCell({ id, agency, year, distinction }: SelectCellProps) {
  const checked = useDashboardStore((state) => state.selectedIds.includes(id))
  const toggleSelected = useDashboardStore((state) => state.toggleSelected)
  return (
    <input
      type="checkbox"
      aria-label={`选择 ${reportTitle(agency, year)}${distinction === undefined ? '' : `（${distinction}）`}`}
      checked={checked}
      onChange={() => toggleSelected(id)}
    />
  )
}
