import { useEffect, useState, type RefObject } from 'react'

/** Which sides of a scrolling box hold content out of view. */
export interface SidewaysOverflow {
  left: boolean
  right: boolean
}

const NONE: SidewaysOverflow = { left: false, right: false }

/** Sub-pixel widths leave a fraction of a pixel over at either end; that is not content out of view. */
const SLACK = 1

/**
 * What of the box's content lies beyond its left and right edges, kept up to date as it is scrolled, as
 * the box is resized and as its content grows (a report more or less in the comparison). Measured by a
 * ResizeObserver, which reports after layout: measuring at render would force a layout of the page.
 */
export function useSidewaysOverflow(box: RefObject<HTMLElement | null>): SidewaysOverflow {
  const [overflow, setOverflow] = useState(NONE)
  useEffect(() => {
    const element = box.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const left = element.scrollLeft > SLACK
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - SLACK
      setOverflow((shown) => (shown.left === left && shown.right === right ? shown : { left, right }))
    }
    // Observing reports once at once, so the first measure needs no call of its own.
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
