import { describe, expect, it } from 'vitest'
import { applicationRows, outcomeRows, type ApplicationRow } from '../../src/core/model/ids'
import {
  appealCandidateCells,
  applicationCandidateCells,
  resolveApplicationRows,
  splitAppeals,
  splitRow,
  type RowReading,
} from '../../src/core/parse/runTogether'
import { seededRandom } from '../helpers/seededRandom'

/** Counts shaped like real 表三 cells: mostly zeros, some small, a few large. */
function randomCount(random: () => number): number {
  const r = random()
  if (r < 0.55) return 0
  if (r < 0.85) return Math.floor(random() * 10)
  if (r < 0.97) return Math.floor(random() * 200)
  return Math.floor(random() * 20000)
}

function sumRow(heads: number[]): number[] {
  return [...heads, heads.reduce((a, b) => a + b, 0)]
}

const zeros = [0, 0, 0, 0, 0, 0, 0]

describe('splitRow (R-B)', () => {
  it.each([
    // domain.md §4.4 / report-model.md examples
    ['801000081', [80, 1, 0, 0, 0, 0, 81]],
    ['14710000148', [147, 1, 0, 0, 0, 0, 148]],
    // "一、本年新收…3120000033" stands for 31,2,0,0,0,0,33, whose digits are 312000033 (see the next test)
    ['312000033', [31, 2, 0, 0, 0, 0, 33]],
    ['0000000', [0, 0, 0, 0, 0, 0, 0]],
    // irregular single spaces, as in real page text
    ['230 000023', [23, 0, 0, 0, 0, 0, 23]],
    // full-width digits
    ['８０１００００８１', [80, 1, 0, 0, 0, 0, 81]],
  ])('%s has the single reading %j', (digits, expected) => {
    expect(splitRow(digits, 7)).toEqual([expected])
  })

  it('finds no 7-column reading of "3120000033" as printed in domain.md (one 0 too many) and does not guess', () => {
    expect(splitRow('3120000033', 7)).toEqual([])
    // The extra zero fits an eight-column row (a page that adds a column), which is what the string holds.
    expect(splitRow('3120000033', 8)).toEqual([[31, 2, 0, 0, 0, 0, 0, 33]])
  })

  it('returns every reading when R-B alone cannot decide', () => {
    const readings = splitRow('110100012')
    expect(readings).toHaveLength(3)
    expect(readings).toEqual(
      expect.arrayContaining([
        [1, 1, 0, 10, 0, 0, 12],
        [1, 10, 1, 0, 0, 0, 12],
        [11, 0, 1, 0, 0, 0, 12],
      ]),
    )
  })

  it('never produces leading zeros and always satisfies R-B', () => {
    for (const reading of splitRow('1010101010101020')) {
      expect(reading).toHaveLength(7)
      expect(reading.slice(0, 6).reduce((a, b) => a + b, 0)).toBe(reading[6])
    }
    // "011…" may start with the cell 0 but never with a cell "01"
    const readings = splitRow('011000011')
    expect(readings).toHaveLength(2)
    expect(readings).toEqual(
      expect.arrayContaining([
        [0, 11, 0, 0, 0, 0, 11],
        [0, 1, 10, 0, 0, 0, 11],
      ]),
    )
  })

  it('treats a space as a boundary, and ignores spaces only when no reading respects them', () => {
    expect(splitRow('1 10000011')).toEqual([[1, 10, 0, 0, 0, 0, 11]])
    expect(splitRow('11 0000011')).toEqual([[11, 0, 0, 0, 0, 0, 11]])
    // "8 1" cannot be a boundary-respecting 7-split of these digits except by joining across the space
    expect(splitRow('8 01000081')).toEqual([[80, 1, 0, 0, 0, 0, 81]])
  })

  it('gives no readings for text that is not a digit run', () => {
    expect(splitRow('')).toEqual([])
    expect(splitRow('12a3')).toEqual([])
    expect(splitRow('-1-1000000')).toEqual([])
    expect(splitRow('123')).toEqual([])
  })

  it('stays fast on 40-digit strings', () => {
    const start = performance.now()
    splitRow('1234567890123456789012345678901234567890')
    splitRow('1111111111111111111111111111111111111111')
    splitAppeals('11111111111111111111111111111111111111111')
    expect(performance.now() - start).toBeLessThan(2000)
  })
})

describe('splitAppeals (R-D per group of five)', () => {
  it('decodes the domain.md example', () => {
    expect(splitAppeals('120030100100000')).toEqual([[1, 2, 0, 0, 3, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]])
  })

  it('decodes multi-digit groups', () => {
    // 12,3,0,1,16 | 0,0,0,0,0 | 2,0,0,1,3
    expect(splitAppeals('12301160000020013')).toEqual([[12, 3, 0, 1, 16, 0, 0, 0, 0, 0, 2, 0, 0, 1, 3]])
  })

  it('returns [] when no reading satisfies R-D', () => {
    expect(splitAppeals('1100111001110011')).toEqual([])
  })

  it('maps readings to cell ids', () => {
    const [cells] = appealCandidateCells(splitAppeals('000000100100000'))
    expect(cells?.['appeals.litigationDirect.corrected']).toBe(1)
    expect(cells?.['appeals.litigationDirect.total']).toBe(1)
    expect(Object.keys(cells ?? {})).toHaveLength(15)
  })
})

/** A full three-row 表三 whose rows are given as values, except the ones overridden as text. */
function tableReadings(
  values: Partial<Record<ApplicationRow, number[]>>,
  asText: ApplicationRow[],
): RowReading[] {
  return applicationRows('three-rows').map((row) => {
    const rowValues = values[row] ?? zeros
    return asText.includes(row) ? { row, text: rowValues.join('') } : { row, values: rowValues }
  })
}

describe('resolveApplicationRows (R-C and R-A across rows)', () => {
  it('narrows an R-B-ambiguous row to the reading the column sums allow', () => {
    const row11 = [11, 0, 0, 0, 0, 0, 11]
    const readings = tableReadings({ received: row11, granted: row11, total: row11 }, ['granted'])
    expect(splitRow('110000011')).toHaveLength(2)
    const result = resolveApplicationRows(readings, 'three-rows')
    expect(result.crossRowApplied).toBe(true)
    expect(result.rows.find((r) => r.row === 'granted')).toEqual({
      row: 'granted',
      kind: 'unique',
      values: row11,
    })
  })

  it('resolves several ambiguous rows jointly, all given as text', () => {
    const granted = [1, 10, 0, 0, 0, 0, 11]
    const notHeld = [10, 1, 0, 0, 0, 0, 11]
    const total = [11, 11, 0, 0, 0, 0, 22]
    const readings = tableReadings(
      { received: total, granted, 'unavailable.notHeld': notHeld, total },
      applicationRows('three-rows').filter((row) => row !== 'received'),
    )
    const result = resolveApplicationRows(readings, 'three-rows')
    expect(result.rows.find((r) => r.row === 'granted')).toMatchObject({ kind: 'unique', values: granted })
    expect(result.rows.find((r) => r.row === 'unavailable.notHeld')).toMatchObject({
      kind: 'unique',
      values: notHeld,
    })
    expect(result.rows.every((r) => r.kind === 'unique')).toBe(true)
  })

  it('keeps a row ambiguous when the other rows allow both readings', () => {
    // total given as text too: both the granted row and the total row have two readings that agree pairwise
    const row = [1, 10, 0, 0, 0, 0, 11]
    const readings = tableReadings({ received: row, granted: row, total: row }, [
      'granted',
      'total',
      'received',
    ])
    const result = resolveApplicationRows(readings, 'three-rows')
    const granted = result.rows.find((r) => r.row === 'granted')
    expect(granted?.kind).toBe('ambiguous')
    if (granted?.kind === 'ambiguous') {
      expect(granted.candidates).toHaveLength(2)
      const cells = applicationCandidateCells('granted', granted.candidates)
      expect(cells.map((c) => c['applications.granted.natural']).sort()).toEqual([1, 11])
    }
  })

  it('falls back to R-B readings, without forcing one, when the table does not add up', () => {
    const readings = tableReadings(
      { received: [5, 0, 0, 0, 0, 0, 5], granted: [1, 10, 0, 0, 0, 0, 11], total: [7, 0, 0, 0, 0, 0, 7] },
      ['granted'],
    )
    const result = resolveApplicationRows(readings, 'three-rows')
    expect(result.crossRowApplied).toBe(false)
    expect(result.rows.find((r) => r.row === 'granted')?.kind).toBe('ambiguous')
  })

  it('marks a row with no R-B reading as unsolvable and still resolves the others', () => {
    const readings: RowReading[] = [
      { row: 'received', text: '312000033' },
      { row: 'carriedOver', text: '99' },
    ]
    const result = resolveApplicationRows(readings, 'three-rows')
    expect(result.rows).toEqual([
      { row: 'received', kind: 'unique', values: [31, 2, 0, 0, 0, 0, 33] },
      { row: 'carriedOver', kind: 'unsolvable' },
    ])
  })

  it('uses the one-row （六） variant for R-C', () => {
    const row11 = [11, 0, 0, 0, 0, 0, 11]
    const readings = applicationRows('one-row').map((row): RowReading => {
      if (row === 'otherHandling.all') return { row, text: '110000011' }
      return { row, values: row === 'received' || row === 'total' ? row11 : zeros }
    })
    const result = resolveApplicationRows(readings, 'one-row')
    expect(result.rows.find((r) => r.row === 'otherHandling.all')).toMatchObject({
      kind: 'unique',
      values: row11,
    })
  })
})

describe('property: random valid tables, concatenated, decode to candidate sets containing the original', () => {
  it('holds for 300 seeded random tables', () => {
    const random = seededRandom(20240601)
    const outcomes = outcomeRows('three-rows')
    for (let round = 0; round < 300; round++) {
      const table = new Map<ApplicationRow, number[]>()
      const total = new Array<number>(7).fill(0)
      for (const row of outcomes) {
        const values = sumRow(Array.from({ length: 6 }, () => randomCount(random)))
        table.set(row, values)
        values.forEach((v, i) => (total[i] = (total[i] ?? 0) + v))
      }
      table.set('total', total)
      // R-A per applicant column, then every row's 总计 is its sum (R-B); R-A then holds for 总计 too
      const overHeads = Array.from({ length: 6 }, () => (random() < 0.7 ? 0 : randomCount(random)))
      const forwardHeads = Array.from({ length: 6 }, (_, i) => {
        const forward = random() < 0.7 ? 0 : randomCount(random)
        return Math.max(forward, (overHeads[i] ?? 0) - (total[i] ?? 0))
      })
      const receivedHeads = forwardHeads.map((forward, i) => (total[i] ?? 0) + forward - (overHeads[i] ?? 0))
      const received = sumRow(receivedHeads)
      const carriedOver = sumRow(overHeads)
      const carriedForward = sumRow(forwardHeads)
      table.set('received', received)
      table.set('carriedOver', carriedOver)
      table.set('carriedForward', carriedForward)

      const readings = applicationRows('three-rows').map((row) => ({
        row,
        text: (table.get(row) ?? []).join(''),
      }))
      for (const reading of readings) {
        expect(splitRow(reading.text)).toContainEqual(table.get(reading.row))
      }
      const result = resolveApplicationRows(readings, 'three-rows')
      for (const resolution of result.rows) {
        const original = table.get(resolution.row)
        expect(resolution.kind).not.toBe('unsolvable')
        if (resolution.kind === 'unique') expect(resolution.values).toEqual(original)
        if (resolution.kind === 'ambiguous') expect(resolution.candidates).toContainEqual(original)
      }

      const appeals = [0, 1, 2].flatMap(() => sumRow(Array.from({ length: 4 }, () => randomCount(random))))
      // sumRow gives five numbers from four heads: exactly one R-D group
      expect(splitAppeals(appeals.join(''))).toContainEqual(appeals)
    }
  }, 30_000)
})
