import type { ReactNode } from 'react'
import { useDashboardStore, type InspectedCells } from '../../store'
import './inspect.css'

interface InspectButtonProps {
  reportId: string
  /** The cells behind the number: one, or several for a sum or a rate. */
  cellIds: readonly string[]
  /** What the panel calls the number, e.g. "新收申请". */
  label: string
  /** A check's cells rather than a number's; a number's by default. */
  kind?: InspectedCells['kind']
  children: ReactNode
}

/** A number that opens its provenance panel when clicked; the number stays the button's name. */
export function InspectButton({ reportId, cellIds, label, kind = 'value', children }: InspectButtonProps) {
  // Read at click time: a table of a thousand numbers should not hold a thousand store subscriptions.
  const open = () =>
    useDashboardStore.getState().inspectCells({ reportId, cellIds: [...cellIds], label, kind })
  return (
    <button type="button" className="inspect-button" title="查看来源" data-inspect={label} onClick={open}>
      {children}
    </button>
  )
}
