import { reportTitle } from '../../core/model/labels'
import { useDashboardStore } from '../../store'

interface SelectCellProps {
  id: string
  agency: string
  year: number
}

/** The row checkbox that puts a report into the side-by-side comparison. */
export function SelectCell({ id, agency, year }: SelectCellProps) {
  const checked = useDashboardStore((state) => state.selectedIds.includes(id))
  const toggleSelected = useDashboardStore((state) => state.toggleSelected)
  return (
    <input
      type="checkbox"
      aria-label={`选择 ${reportTitle(agency, year)}`}
      checked={checked}
      onChange={() => toggleSelected(id)}
    />
  )
}
