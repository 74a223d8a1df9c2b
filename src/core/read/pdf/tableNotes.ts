import { squeeze } from './cellText'
import type { LayoutLine } from './layout'

/*
 * A note printed under a table ("注：本表统计截至2022年12月31日。", "说明：…", "* 含…") is prose about the
 * table, never a piece of a row: glued to the last row's label as a wrapped line, its digits (2022, 12, 31)
 * were read as that row's values.
 */

const NOTE_START = /^(?:注|说明|备注|数据来源)\d*[:：]|^[*＊※]/

/** The line opens with a note's marker. */
export function isNoteLine(line: LayoutLine): boolean {
  const first = line.cells[0]
  return first !== undefined && NOTE_START.test(squeeze(first.text))
}
