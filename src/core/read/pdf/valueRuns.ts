import { isValueCell } from './cellText'
import type { LayoutCell } from './layout'

/*
 * pdf.js gives the values of neighbouring narrow cells as one text item when little space stands between
 * them ("22 11" under 结果维持 and 结果纠正, "11 44 11" over three columns): one cell of the row, laid into
 * one column with blanks beside it, whose numbers the report reader then spread over the wrong columns.
 */

/**
 * The values of a cell that holds two or more, each where it stands in the cell: its characters taken as
 * equally wide, which places each value within a character of its place, closer than any two columns.
 */
export function valuesRun(cell: LayoutCell): LayoutCell[] | undefined {
  const values = cell.text.split(' ')
  if (values.length < 2 || !values.every(isValueCell)) return undefined
  const perChar = (cell.right - cell.x) / cell.text.length
  let start = 0
  return values.map((text) => {
    const x = cell.x + start * perChar
    start += text.length + 1
    return { ...cell, text, x, right: x + text.length * perChar }
  })
}
