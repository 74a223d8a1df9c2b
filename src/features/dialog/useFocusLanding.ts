import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { focusIsLost, focusPlace, focusPlaceOf, type FocusPlace } from './focusPlace'

/**
 * For an action that may take the focused element off the page (a report removed, a correction undone):
 * call the returned function just before it, with that element. Once the page has re-rendered, if focus
 * fell to <body>, it goes to what holds the element's place in its list (see focusPlace), else to
 * `fallback`: the region that replaced the list, typically the status line saying what happened. Focus
 * that something else has already placed is left alone.
 */
export function useFocusLanding(fallback: RefObject<HTMLElement | null>): (leaving: Element | null) => void {
  const place = useRef<FocusPlace | null>(null)
  const [requests, setRequests] = useState(0)

  useEffect(() => {
    if (requests === 0) return
    const left = place.current
    place.current = null
    if (!focusIsLost()) return
    if (left === null || !focusPlace(left)) fallback.current?.focus()
  }, [requests, fallback])

  return useCallback((leaving: Element | null) => {
    place.current = leaving === null ? null : focusPlaceOf(leaving)
    setRequests((count) => count + 1)
  }, [])
}
