/**
 * A report's cell record built from its ids and cells, as the reader's cell sink and the page (unpacking a
 * worker's reply) both make it.
 */
import { cellLayouts, sameIds } from './ids'
import type { Cell } from './report'

/**
 * Per layout (every cell of a variant pair, in table order), an object with those keys and no values. A
 * report read completely and in table order gets its record as a copy of it with the values filled in:
 * V8 keeps such a copy in fast mode, where 200 keys added one by one would make a dictionary, which is
 * twice as slow to build, to look up and to copy to the page.
 */
let recordShapes: { layout: readonly string[]; shape: Record<string, undefined> }[] | undefined

function shapes() {
  recordShapes ??= cellLayouts().map((layout) => ({
    layout,
    shape: Object.fromEntries(layout.map((id) => [id, undefined])),
  }))
  return recordShapes
}

function shapeFor(ids: readonly string[]) {
  return shapes().find((candidate) => sameIds(candidate.layout, ids))
}

/** The variant layout (cellLayouts) `ids` are, in its order, if any: an array shared by every such report. */
export function layoutOf(ids: readonly string[]): readonly string[] | undefined {
  return shapeFor(ids)?.layout
}

export interface CellRecord<T = Cell> {
  record: Record<string, T>
  /** The layout the ids are exactly, if any. */
  layout: readonly string[] | undefined
  /** An id came twice (the record keeps its first place and its last cell, as assigning does). */
  rewritten: boolean
}

/**
 * The record of `cells` keyed by `ids` (same length, in this order): cells, or anything kept per cell (the
 * batch command's values).
 */
export function cellRecord<T = Cell>(ids: readonly string[], cells: readonly T[]): CellRecord<T> {
  const shape = shapeFor(ids)
  if (shape !== undefined) {
    const record: Record<string, T | undefined> = { ...shape.shape }
    for (let i = 0; i < ids.length; i++) record[ids[i] ?? ''] = cells[i]
    return { record: record as Record<string, T>, layout: shape.layout, rewritten: false }
  }
  const record: Record<string, T> = {}
  let rewritten = false
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? ''
    if (record[id] !== undefined) rewritten = true
    record[id] = cells[i] as T
  }
  return { record, layout: undefined, rewritten }
}
