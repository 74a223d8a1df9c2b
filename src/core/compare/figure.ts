/**
 * One figure as a view shows it. The states keep apart what a plain number would blur: a value the
 * report gives, a value the parser could not read ("—", never 0), a value the report's template does
 * not have, and a pre-2019 report whose layout cannot be compared at all.
 */
export type Figure =
  | { state: 'value'; value: number }
  | { state: 'unread' }
  | { state: 'not-applicable' }
  | { state: 'not-comparable' }

export const UNREAD: Figure = { state: 'unread' }
export const NOT_APPLICABLE: Figure = { state: 'not-applicable' }
export const NOT_COMPARABLE: Figure = { state: 'not-comparable' }

export function figureOf(value: number): Figure {
  return { state: 'value', value }
}

/** The number behind a figure, for sorting and charts; undefined when there is none. */
export function figureValue(figure: Figure): number | undefined {
  return figure.state === 'value' ? figure.value : undefined
}
