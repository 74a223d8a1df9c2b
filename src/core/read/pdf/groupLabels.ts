import { isFirstItem, outlineLevel } from './cellText'
import { groupSpelling } from './groupNames'
import type { LayoutCell, LayoutLine } from './layout'

/*
 * Merged group labels of a PDF table ("三、本年度办理结果", "（三）不予公开"), printed at the middle of the
 * rows they span: which piece is one, and the first row of its group, where a text copy of the table has it.
 */

/** Label pieces further left than this many font sizes are a different (outer) column. */
export const COLUMN_STEP = 0.8

export interface LabelPiece {
  text: string
  x: number
  right: number
  y: number
  size: number
  /** On the row's own line (not a wrapped piece above or below it). */
  own: boolean
}

/** A cell of a line as a piece of a row's label: on the row's own line (`own`) or wrapped above or below. */
export function pieceOf(cell: LayoutCell, own: boolean): LabelPiece {
  return { text: cell.text, x: cell.x, right: cell.right, y: cell.y, size: cell.size, own }
}

export interface Row {
  line: LayoutLine
  /** Baselines of the row's lines: a row whose cells are aligned differently spans several. */
  baselines: number[]
  values: LayoutCell[]
  pieces: LabelPiece[]
  groups: LabelPiece[]
  /** Where its table's values start, for a row that prints none (labelRows.ts). */
  valueStart?: number
}

export function labelLevel(piece: LabelPiece): 1 | 2 | undefined {
  const level = outlineLevel(piece.text)
  return level === 1 || level === 2 ? level : undefined
}

/**
 * A piece is a merged group label when it carries an outer outline marker and some other piece of
 * the row sits in a column to its right. On the row's own line it must also be followed by a
 * sub-item that is not the group's first (else the row is the group's first row anyway), unless it
 * spells a group label of the template: centred on a row whose item label starts above it, it is no
 * part of that label.
 */
export function isGroupLabel(piece: LabelPiece, row: Row): boolean {
  const level = labelLevel(piece)
  if (level === undefined) return false
  const inner = row.pieces.filter((other) => other !== piece && other.x > piece.x + COLUMN_STEP * piece.size)
  if (inner.length === 0) return false
  if (!piece.own || groupSpelling(piece.text) === 'whole') return true
  const next = inner.sort((a, b) => a.x - b.x)[0] as LabelPiece
  const nextLevel = outlineLevel(next.text)
  return nextLevel !== undefined && nextLevel > level && !isFirstItem(next.text, nextLevel)
}

function leftmostLabel(row: Row): LabelPiece | undefined {
  return [...row.groups, ...row.pieces].sort((a, b) => a.x - b.x)[0]
}

/**
 * A row opens the group when any piece of its label is the group's first sub-item ("1." under "（三）"): a
 * label centred and wrapped over lines need not start on its leftmost piece, whose lines are alike wide.
 */
function opensGroup(row: Row, level: 1 | 2): boolean {
  return row.pieces.some((piece) => isFirstItem(piece.text, (level + 1) as 2 | 3))
}

/** A row whose label is of the group label's level or above ("（二）…" beside "（三）") is outside its group. */
function outsideGroup(row: Row, level: 1 | 2): boolean {
  return row.pieces.some((piece) => {
    const other = outlineLevel(piece.text)
    return other !== undefined && other <= level
  })
}

/**
 * Walk up from the row nearest the group label to the first row of its group, never into a row whose label
 * is a sibling or parent of the group's ("二、上年结转…" above 三、本年度办理结果, or 表二's rows above 表三).
 */
export function groupStart(rows: readonly Row[], from: number, group: LabelPiece): Row {
  const level = labelLevel(group)
  let index = from
  for (;;) {
    const current = rows[index] as Row
    if (level !== undefined && opensGroup(current, level)) return current
    const above = rows[index - 1]
    if (!above) return current
    if (level !== undefined && outsideGroup(above, level)) return current
    const aboveLabel = leftmostLabel(above)
    if (aboveLabel && aboveLabel.x <= group.x + COLUMN_STEP * group.size) return current
    index--
  }
}
