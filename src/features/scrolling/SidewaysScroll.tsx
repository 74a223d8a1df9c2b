import { useId, useRef, type ReactNode } from 'react'
import { useOverflow } from './useOverflow'
import './scrolling.css'

export interface SidewaysScrollProps {
  /** The box's name (its table's title), heard when the keyboard reaches it; said to scroll while it does. */
  label: string
  /** Said above the box while some of its content lies to the right. */
  moreRight: string
  /** Said once the right end is reached and content lies to the left. */
  moreLeft: string
  children: ReactNode
}

/**
 * A table wider than the page, scrolling sideways in its own box. A scrollbar at the bottom of a tall box
 * is out of sight and says nothing of what it hides, so while the content overflows a line above the box
 * says which way the rest lies and a shadow darkens the edge it lies behind. The box then takes focus, so
 * the arrow keys scroll it, and is named and described by that line for a screen reader.
 */
export function SidewaysScroll({ label, moreRight, moreLeft, children }: SidewaysScrollProps) {
  const box = useRef<HTMLDivElement>(null)
  const hintId = useId()
  const { left, right } = useOverflow(box)
  const overflows = left || right
  return (
    <div className="sideways-scroll">
      {overflows ? (
        <p id={hintId} className="sideways-scroll__hint" data-testid="sideways-scroll-hint">
          {right ? `${moreRight} →` : `← ${moreLeft}`}
        </p>
      ) : null}
      <div className="sideways-scroll__frame" data-more-right={right ? 'true' : undefined}>
        <div
          ref={box}
          className="table-scroll"
          role="group"
          aria-label={overflows ? `${label}（可左右滚动）` : label}
          aria-describedby={overflows ? hintId : undefined}
          // Only a box that scrolls is a stop on the Tab key's way through the page.
          tabIndex={overflows ? 0 : undefined}
        >
          {children}
        </div>
      </div>
    </div>
  )
}
