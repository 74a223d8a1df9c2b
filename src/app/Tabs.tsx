import { useRef, type KeyboardEvent } from 'react'
import { TAB_IDS, TAB_LABELS, type TabId } from './tabs'

interface TabsProps {
  active: TabId
  onChange: (tab: TabId) => void
  /** Small count shown after a tab label, e.g. the number of reports ticked for comparison. */
  badges?: Partial<Record<TabId, number>>
}

/** WAI-ARIA tabs: arrow keys move between tabs, only the active one is in the tab order. */
export function Tabs({ active, onChange, badges = {} }: TabsProps) {
  const buttons = useRef(new Map<TabId, HTMLButtonElement>())

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    const edge =
      event.key === 'Home' ? TAB_IDS[0] : event.key === 'End' ? TAB_IDS[TAB_IDS.length - 1] : undefined
    if (step === 0 && edge === undefined) return
    event.preventDefault()
    const next = edge ?? TAB_IDS[(TAB_IDS.indexOf(active) + step + TAB_IDS.length) % TAB_IDS.length] ?? active
    onChange(next)
    buttons.current.get(next)?.focus()
  }

  return (
    <div role="tablist" aria-label="视图" className="tabs" onKeyDown={onKeyDown}>
      {TAB_IDS.map((tab) => {
        const badge = badges[tab]
        return (
          <button
            key={tab}
            ref={(element) => {
              if (element) buttons.current.set(tab, element)
              else buttons.current.delete(tab)
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            className="tab"
            onClick={() => onChange(tab)}
          >
            {TAB_LABELS[tab]}
            {badge ? (
              <span className="tab-badge" aria-hidden="true">
                {badge}
              </span>
            ) : null}
          </button>
        )
      })}
    </div>
  )
}
