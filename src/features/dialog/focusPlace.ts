import { FOCUSABLE } from './focusableElements'

/*
 * Lists whose items can go while one of them holds focus (a report removed, a correction undone) mark
 * themselves in the DOM: the list with data-focus-list, each item with data-focus-item, and a control that
 * each item has (移除此报告, a column's cell) with data-focus-control naming it. Focus then goes where the
 * WAI-ARIA Authoring Practices put it when the focused element disappears: to the next item, else the
 * previous one, on the same control.
 */
const LIST = '[data-focus-list]'
const ITEM = '[data-focus-item]'
const CONTROL = 'data-focus-control'

/** Where an element sat: its item's position in its list and which of the item's controls it was. */
export interface FocusPlace {
  list: Element
  index: number
  control: string | null
}

/** Focus fell to the page: the element that had it is gone (or nothing had it). */
export function focusIsLost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body || !active.isConnected
}

function itemsOf(list: Element): Element[] {
  return [...list.querySelectorAll(ITEM)].filter((item) => item.parentElement?.closest(LIST) === list)
}

/** The element's place, read before its item goes; null outside a marked list. */
export function focusPlaceOf(element: Element): FocusPlace | null {
  const item = element.closest(ITEM)
  const list = item?.parentElement?.closest(LIST)
  if (!item || !list) return null
  const control = element.closest(`[${CONTROL}]`)?.getAttribute(CONTROL) ?? null
  return { list, index: itemsOf(list).indexOf(item), control }
}

/** An element's own widget (a cell's button), else the element itself when it takes focus. */
function focusTargetIn(element: Element): HTMLElement | null {
  const inner = element.querySelector<HTMLElement>(FOCUSABLE)
  if (inner) return inner
  return element instanceof HTMLElement && element.matches(FOCUSABLE) ? element : null
}

/**
 * Focuses what holds the place now: the item that moved up into it, else the one before it (the last
 * item went), on the same control when it has one. False when the list is gone or empty, so the caller
 * can fall back to the region that replaced it.
 */
export function focusPlace({ list, index, control }: FocusPlace): boolean {
  if (!list.isConnected) return false
  const items = itemsOf(list)
  const item = items[Math.min(index, items.length - 1)]
  if (!item) return false
  const same = [...item.querySelectorAll(`[${CONTROL}]`)].find(
    (element) => control !== null && element.getAttribute(CONTROL) === control,
  )
  const target = (same && focusTargetIn(same)) ?? focusTargetIn(item)
  target?.focus()
  return target !== null && document.activeElement === target
}
