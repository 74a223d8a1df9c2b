import { useId, useState } from 'react'

export interface ColumnToggle {
  id: string
  label: string
  visible: boolean
  toggle: (visible: boolean) => void
}

/** The 列 button: a list of checkboxes that show or hide the overview columns. */
export function ColumnMenu({ columns }: { columns: readonly ColumnToggle[] }) {
  const [open, setOpen] = useState(false)
  const menuId = useId()
  return (
    <div className="column-menu">
      <button type="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        列
      </button>
      {open ? (
        <fieldset id={menuId} className="column-menu-panel">
          <legend>显示的列</legend>
          {columns.map((column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={column.visible}
                onChange={(event) => column.toggle(event.target.checked)}
              />
              {column.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  )
}
