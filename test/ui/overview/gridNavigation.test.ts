import { describe, expect, it } from 'vitest'
import {
  gridMoveOf,
  moveInGrid,
  resolveCursor,
  rowsPerPage,
  type GridMove,
} from '../../../src/features/overview/gridNavigation'

const size = { rows: 100, columns: 15, pageRows: 18 }
const middle = { row: 50, column: 7 }

function key(
  name: string,
  modifiers: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {},
) {
  return { key: name, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...modifiers }
}

describe('gridMoveOf', () => {
  it.each([
    ['ArrowLeft', 'left'],
    ['ArrowRight', 'right'],
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['Home', 'rowStart'],
    ['End', 'rowEnd'],
    ['PageUp', 'pageUp'],
    ['PageDown', 'pageDown'],
  ] as const)('%s moves %s', (name, move) => {
    expect(gridMoveOf(key(name))).toBe(move)
  })

  it('Ctrl+Home and Ctrl+End go to the grid’s first and last cell', () => {
    expect(gridMoveOf(key('Home', { ctrlKey: true }))).toBe('gridStart')
    expect(gridMoveOf(key('End', { ctrlKey: true }))).toBe('gridEnd')
  })

  it('leaves other keys, and keys with Shift, Alt or Meta, to the browser and the widgets', () => {
    for (const name of ['Enter', ' ', 'Tab', 'Escape', 'a']) expect(gridMoveOf(key(name))).toBeUndefined()
    expect(gridMoveOf(key('ArrowLeft', { ctrlKey: true }))).toBeUndefined()
    expect(gridMoveOf(key('ArrowDown', { shiftKey: true }))).toBeUndefined()
    expect(gridMoveOf(key('ArrowLeft', { altKey: true }))).toBeUndefined()
    expect(gridMoveOf(key('End', { metaKey: true }))).toBeUndefined()
  })
})

describe('moveInGrid', () => {
  it.each<[GridMove, { row: number; column: number }]>([
    ['left', { row: 50, column: 6 }],
    ['right', { row: 50, column: 8 }],
    ['up', { row: 49, column: 7 }],
    ['down', { row: 51, column: 7 }],
    ['rowStart', { row: 50, column: 0 }],
    ['rowEnd', { row: 50, column: 14 }],
    ['gridStart', { row: 0, column: 0 }],
    ['gridEnd', { row: 99, column: 14 }],
    ['pageUp', { row: 32, column: 7 }],
    ['pageDown', { row: 68, column: 7 }],
  ])('%s from the middle', (move, to) => {
    expect(moveInGrid(middle, move, size)).toEqual(to)
  })

  it('stops at the edges instead of wrapping', () => {
    expect(moveInGrid({ row: 0, column: 0 }, 'left', size)).toEqual({ row: 0, column: 0 })
    expect(moveInGrid({ row: 0, column: 0 }, 'up', size)).toEqual({ row: 0, column: 0 })
    expect(moveInGrid({ row: 99, column: 14 }, 'right', size)).toEqual({ row: 99, column: 14 })
    expect(moveInGrid({ row: 99, column: 14 }, 'down', size)).toEqual({ row: 99, column: 14 })
    expect(moveInGrid({ row: 5, column: 3 }, 'pageUp', size)).toEqual({ row: 0, column: 3 })
    expect(moveInGrid({ row: 90, column: 3 }, 'pageDown', size)).toEqual({ row: 99, column: 3 })
  })

  it('pages by at least one row', () => {
    expect(moveInGrid(middle, 'pageDown', { ...size, pageRows: 0 })).toEqual({ row: 51, column: 7 })
  })

  it('stays on the only cell of a one-cell grid', () => {
    const one = { rows: 1, columns: 1, pageRows: 10 }
    for (const move of ['left', 'right', 'up', 'down', 'pageDown', 'gridEnd'] as const) {
      expect(moveInGrid({ row: 0, column: 0 }, move, one)).toEqual({ row: 0, column: 0 })
    }
  })
})

describe('resolveCursor', () => {
  const rowIds = ['a', 'b', 'c', 'd']
  const columnIds = ['select', 'licensing', 'penalty']
  const start = { row: 0, column: 1 }

  it('starts on the given cell before any cell was focused', () => {
    expect(resolveCursor(null, rowIds, columnIds, start)).toEqual({ row: 0, column: 1 })
  })

  it('follows its row and column to wherever sorting put them', () => {
    const cursor = { rowId: 'c', columnId: 'penalty', row: 2, column: 2 }
    expect(resolveCursor(cursor, ['c', 'a', 'b', 'd'], ['select', 'penalty'], start)).toEqual({
      row: 0,
      column: 1,
    })
  })

  it('stays at the same index, clamped, when its row was filtered away or its column hidden', () => {
    const cursor = { rowId: 'd', columnId: 'penalty', row: 3, column: 2 }
    expect(resolveCursor(cursor, ['a', 'b'], ['select', 'licensing'], start)).toEqual({ row: 1, column: 1 })
  })

  it('has no cell in an empty grid', () => {
    expect(resolveCursor(null, [], columnIds, start)).toBeNull()
    expect(resolveCursor(null, rowIds, [], start)).toBeNull()
  })
})

describe('rowsPerPage', () => {
  it('counts the rows wholly visible, at least one', () => {
    expect(rowsPerPage(598, 32.8)).toBe(18)
    expect(rowsPerPage(20, 32.8)).toBe(1)
    expect(rowsPerPage(598, 0)).toBe(1)
  })
})
