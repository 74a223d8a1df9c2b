/**
 * One figure as a view shows it. The states keep apart what a plain number would blur: a value the
 * report gives, a value the parser could not read ("—", never 0), a value the report's template does
 * not have, and a pre-2019 report whose layout cannot be compared at all.
 */
export type Figure =
  | ({ state: 'value'; value: number } & FigureMarks)
  | { state: 'unread' }
  | { state: 'not-applicable' }
  | { state: 'not-comparable' }

export const UNREAD: Figure = { state: 'unread' }
export const NOT_APPLICABLE: Figure = { state: 'not-applicable' }
export const NOT_COMPARABLE: Figure = { state: 'not-comparable' }

/**
 * What a value is drawn from besides numbers the report wrote: a cell the report left blank, counted as 0,
 * or a value the user corrected or entered. The views mark such a figure; absent means no such cell.
 */
export interface FigureMarks {
  blank?: true
  corrected?: true
}

export function figureOf(value: number, marks?: FigureMarks): Figure {
  return marks === undefined ? { state: 'value', value } : { state: 'value', value, ...marks }
}

/** The marks of figures a figure is worked out from (a rate from its two sums). */
export function combinedMarks(figures: readonly Figure[]): FigureMarks | undefined {
  let marks: FigureMarks | undefined
  for (const figure of figures) {
    if (figure.state !== 'value') continue
    if (figure.blank === true) marks = { ...marks, blank: true }
    if (figure.corrected === true) marks = { ...marks, corrected: true }
  }
  return marks
}

/** The number behind a figure, for sorting and charts; undefined when there is none. */
export function figureValue(figure: Figure): number | undefined {
  return figure.state === 'value' ? figure.value : undefined
}
