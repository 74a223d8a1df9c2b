/** What can take focus, whether or not Tab reaches it (tabIndex -1 included). */
export const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable="true"]',
  '[tabindex]',
].join(', ')

/** Only a closed <details>' own <summary> can take focus; the rest of its content is not rendered. */
function insideClosedDetails(element: Element): boolean {
  const details = element.parentElement?.closest('details:not([open])')
  if (!details) return false
  return !(element.tagName === 'SUMMARY' && element.parentElement === details)
}

/**
 * The elements inside `container` that Tab reaches, in document order. Layout-free (so it answers the same in
 * jsdom): hidden means the `hidden` attribute, `inert` or a closed <details>, not a computed style.
 */
export function focusableElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 && element.closest('[hidden], [inert]') === null && !insideClosedDetails(element),
  )
}
