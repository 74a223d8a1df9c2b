import { useEffect, useState, type RefObject } from 'react'

/** Where a scrolling box holds content out of view. */
export interface Overflow {
  left: boolean
  right: boolean
  /** Above or below: the content is taller than the box. */
  vertical: boolean
}

const NONE: Overflow = { left: false, right: false, vertical: false }

/** Sub-pixel widths leave a fraction of a pixel over at either end; that is not content out of view. */
const SLACK = 1

/**
 * What of the box's content lies beyond its edges, kept up to date as it is scrolled, as the box is resized
 * and as its content grows (a report more or less in the comparison, a folded table opened). Measured by a
 * ResizeObserver, which reports after layout: measuring at render would force a layout of the page.
 */
export function useOverflow(box: RefObject<HTMLElement | null>): Overflow {
  const [overflow, setOverflow] = useState(NONE)
  useEffect(() => {
    const element = box.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const left = element.scrollLeft > SLACK
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - SLACK
      const vertical = element.clientHeight < element.scrollHeight - SLACK
      setOverflow((shown) =>
        shown.left === left && shown.right === right && shown.vertical === vertical
          ? shown
          : { left, right, vertical },
      )
    }
    // An observer reports each element once as soon as it observes it: that is the first measure.
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    element.addEventListener('scroll', measure, { passive: true })
    return () => {
      observer.disconnect()
      element.removeEventListener('scroll', measure)
    }
  }, [box])
  return overflow
}
