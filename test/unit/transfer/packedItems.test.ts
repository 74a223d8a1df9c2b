import { readFileSync } from 'node:fs'
import { serialize } from 'node:v8'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile, type IngestItem } from '../../../src/core/ingest/ingestFile'
import type { CheckResult, Report } from '../../../src/core/model/report'
import { packItem, unpackItem } from '../../../src/core/transfer/packedItems'
import { reportSentences } from '../../../src/core/copiedText/reportSentences'
import { documentSentences } from '../../../src/core/copiedText/documentSentences'
import { nodeIngestOptions } from '../../../scripts/cli/nodeIngestOptions'
import { fixtureReportFiles } from '../../helpers/fixtureFiles'

const fixtures = join(import.meta.dirname, '../../fixtures')

async function fixtureItems(): Promise<IngestItem[]> {
  const paths = fixtureReportFiles()
  const items = await Promise.all(
    paths.map((path) =>
      ingestFile(path.slice(path.lastIndexOf('/') + 1), readFileSync(path), nodeIngestOptions()),
    ),
  )
  return items.flat()
}

/** What the page gets: the packed item through structured clone, unpacked. */
function crossed(item: IngestItem): IngestItem {
  return unpackItem(structuredClone(packItem(item)))
}

/** A copy made by push, which V8 always keeps as a dense array (a copy by map or spread may not be). */
function pushedCopy<T>(items: readonly T[]): T[] {
  const copy: T[] = []
  for (const item of items) copy.push(item)
  return copy
}

function reportOf(item: IngestItem): Report {
  if (!item.outcome.ok) throw new Error(`${item.file} was not read`)
  return item.outcome.report
}

describe('packed items', () => {
  it('come back as the same items, fields in the same order, for every fixture', async () => {
    const items = await fixtureItems()
    expect(items.length).toBeGreaterThan(55)
    for (const item of items) {
      const back = crossed(item)
      expect(back, item.file).toEqual(item)
      expect(JSON.stringify(back), item.file).toBe(JSON.stringify(item))
    }
  }, 60_000)

  it('carry each report’s 文字雷同 sentences, worked out in the worker, to the page’s document', async () => {
    const items = (await fixtureItems()).filter((item) => item.outcome.ok)
    let sentences = 0
    for (const item of items) {
      const expected = reportSentences(reportOf(item))
      const packed = structuredClone(packItem(item))
      expect(packed.packed?.sentences?.lines, item.file).toHaveLength(expected.length)
      const back = reportOf(unpackItem(packed))
      expect(documentSentences(back), item.file).toEqual(expected)
      sentences += expected.length
    }
    expect(sentences).toBeGreaterThan(500)
  }, 60_000)

  it('spare the page splitting the prose: its sentences are the ones that came across', async () => {
    const seed = readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt'))
    const [item] = await ingestFile('000.txt', seed)
    if (!item) throw new Error('no item')
    const packed = structuredClone(packItem(item))
    const sentences = packed.packed?.sentences
    if (!sentences) throw new Error('no sentences packed')
    // Marked, so sentences split again on the page would show.
    sentences.lines = sentences.lines.map((line) => line + 10_000)
    const back = documentSentences(reportOf(unpackItem(packed)))
    expect(back.length).toBeGreaterThan(5)
    expect(back.every((sentence) => sentence.line >= 10_000)).toBe(true)
  })

  it('carry a text report’s cells as typed arrays and its lines as one string', async () => {
    const seed = readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt'))
    const [item] = await ingestFile('000.txt', seed)
    if (!item) throw new Error('no item')
    const packed = packItem(item)
    expect(packed.packed?.cells?.values).toBeInstanceOf(Float64Array)
    expect(packed.packed?.cells?.ids).toHaveLength(Object.keys(reportOf(item).cells).length)
    // Most raw texts are the value written out and do not travel.
    const raws = packed.packed?.cells?.raws ?? []
    expect(raws.filter((raw) => raw !== null).length).toBeLessThan(10)
    // Arrays cross (and are saved) dense: structured clone sends one made with its length, which V8 keeps
    // as an array with holes even when filled, index by index, and that costs the page several times more.
    expect(serialize(raws).length).toBe(serialize(pushedCopy(raws)).length)
    const checks = reportOf(crossed(item)).checks
    expect(serialize(checks).length).toBe(serialize(pushedCopy(checks)).length)
    expect(packed.packed?.lines?.split('\n')).toHaveLength(reportOf(item).document.lines.length)
    expect(reportOf(packed).cells).toEqual({})
    expect(reportOf(packed).document.lines).toEqual([])
    // Packing leaves the item it was given alone.
    expect(Object.keys(reportOf(item).cells)).toHaveLength(200)
  })

  it('carry the checks as one typed array, one string of messages and their cell id lists', async () => {
    const [item] = await ingestFile('000.txt', readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt')))
    if (!item) throw new Error('no item')
    const checks = reportOf(item).checks
    const packed = packItem(item)
    expect(reportOf(packed).checks).toEqual([])
    expect(packed.packed?.checks?.numbers).toBeInstanceOf(Float64Array)
    expect(packed.packed?.checks?.cellIds).toHaveLength(checks.length)
    // The lists themselves travel, so that lists shared between reports stay shared.
    expect(packed.packed?.checks?.cellIds.every((ids, i) => ids === checks[i]?.cellIds)).toBe(true)
    expect(reportOf(crossed(item)).checks).toEqual(checks)
  })

  it('keep checks of another form as they are, and odd numbers exactly', async () => {
    const [item] = await ingestFile('000.txt', readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt')))
    if (!item) throw new Error('no item')
    const report = reportOf(item)
    const [first] = report.checks
    if (!first) throw new Error('no checks')
    const withChecks = (checks: CheckResult[]): IngestItem => ({
      ...item,
      outcome: { ok: true, report: { ...report, checks } },
    })
    const unusual: CheckResult[] = [
      { ...first, message: 'a\u0000b' },
      { cellIds: [], rule: 'R-A', severity: 'error', ok: true, message: '字段顺序不同' },
      { ...first, rule: 'R-Z' as CheckResult['rule'] },
      { ...first, line: undefined },
      { ...first, extra: 1 } as CheckResult,
    ]
    for (const check of unusual) {
      const changed = withChecks([check])
      expect(packItem(changed).packed?.checks).toBeUndefined()
      expect(JSON.stringify(crossed(changed))).toBe(JSON.stringify(changed))
    }
    const numbers = withChecks([{ ...first, lhs: -0, rhs: Number.NaN, line: 7 }])
    expect(packItem(numbers).packed?.checks).toBeDefined()
    const [back] = reportOf(crossed(numbers)).checks
    expect(Object.is(back?.lhs, -0)).toBe(true)
    expect(back?.rhs).toBeNaN()
    expect(back?.line).toBe(7)
  })

  it('keep pages, raw texts that differ from the value, corrected cells and failed items', async () => {
    const [item] = await ingestFile('000.txt', readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt')))
    if (!item) throw new Error('no item')
    const report = reportOf(item)
    const [firstId = '', secondId = ''] = Object.keys(report.cells)
    const first = report.cells[firstId]
    const second = report.cells[secondId]
    if (!first || !second) throw new Error('no cells')
    const odd: IngestItem = {
      ...item,
      outcome: {
        ok: true,
        report: {
          ...report,
          cells: {
            ...report.cells,
            [firstId]: { value: -0, source: { line: 3, column: 2, raw: '０', page: 4 } },
            [secondId]: { ...second, value: 12.5, source: { ...second.source, raw: '12.50（万元）' } },
          },
          document: { ...report.document, lines: [{ text: 'a\tb', cells: ['a', 'b'], page: 1 }] },
        },
      },
    }
    const back = crossed(odd)
    expect(JSON.stringify(back)).toBe(JSON.stringify(odd))
    expect(Object.is(reportOf(back).cells[firstId]?.value, -0)).toBe(true)
    expect(packItem(odd).packed?.lines).toBeUndefined()

    const corrected: IngestItem = {
      ...item,
      outcome: {
        ok: true,
        report: {
          ...report,
          cells: { ...report.cells, [firstId]: { ...first, corrected: { original: 1, at: 't' } } },
        },
      },
    }
    expect(packItem(corrected).packed?.cells).toBeUndefined()
    expect(crossed(corrected)).toEqual(corrected)

    const failed: IngestItem = {
      file: 'x.png',
      outcome: { ok: false, error: { code: 'unsupported', message: '图片' } },
    }
    expect(packItem(failed)).toBe(failed)
    expect(crossed(failed)).toEqual(failed)
  })
})
