import { describe, expect, it } from 'vitest'
import { cellReference, columnName } from '../../../src/core/xlsx/cellReference'
import { MAX_CELL_TEXT, MAX_ROWS, WorkbookTooLarge, type Sheet } from '../../../src/core/xlsx/sheet'
import { sheetNames } from '../../../src/core/xlsx/sheetNames'
import { workbookBytes } from '../../../src/core/xlsx/workbook'
import { readWorkbook } from '../../helpers/readWorkbook'

const FEES: Sheet = {
  name: '总览',
  headers: ['机关', '年度', '收费（万元）', '行政处罚'],
  rows: [
    ['新乡县城市管理局', 2023, 2221.9632, 6],
    ['卫辉市城市管理局', 2021, 415.1885, null],
    ['本年增减', -2, undefined, 0],
  ],
}

describe('workbookBytes', () => {
  it('reads back as written: numbers as numbers with every decimal, texts, and empty cells left empty', () => {
    const { sheets } = readWorkbook(workbookBytes([FEES]))
    expect(sheets.map((sheet) => sheet.name)).toEqual(['总览'])
    expect(sheets[0]?.rows).toEqual([
      ['机关', '年度', '收费（万元）', '行政处罚'],
      ['新乡县城市管理局', 2023, 2221.9632, 6],
      ['卫辉市城市管理局', 2021, 415.1885, undefined],
      ['本年增减', -2, undefined, 0],
    ])
  })

  it('writes a number cell without a type and a text cell as a shared string', () => {
    const sheet = readWorkbook(workbookBytes([FEES])).sheets[0]?.xml
    const cell = (reference: string) => sheet?.querySelector(`c[r="${reference}"]`)
    expect(cell('C2')?.getAttribute('t')).toBeNull()
    expect(cell('C2')?.textContent).toBe('2221.9632')
    expect(cell('A2')?.getAttribute('t')).toBe('s')
    // No cell at all for an empty value: a spreadsheet shows it blank, not 0.
    expect(cell('D3')).toBeNull()
  })

  it('keeps every part the content types name, and names every part it writes', () => {
    const { parts } = readWorkbook(workbookBytes([FEES, { ...FEES, name: '第二表' }]))
    const types = parts.get('[Content_Types].xml')
    const overrides = [...(types?.getElementsByTagName('Override') ?? [])].map((override) =>
      (override.getAttribute('PartName') ?? '').slice(1),
    )
    expect(overrides.sort()).toEqual(
      [...parts.keys()].filter((path) => path.startsWith('xl/') && !path.includes('_rels')).sort(),
    )
    expect(overrides).toContain('xl/worksheets/sheet2.xml')
  })

  it('keeps text that XML cannot hold from breaking the file: markup characters kept, control characters dropped', () => {
    const text = 'a&b<c>"d" \u0001e\u0008\ud800f \u{20000}'
    const { sheets } = readWorkbook(workbookBytes([{ name: 'x', headers: ['说明'], rows: [[text]] }]))
    expect(sheets[0]?.rows[1]).toEqual(['a&b<c>"d" ef \u{20000}'])
  })

  it('keeps a carriage return and a literal "_x0041_", which spreadsheet readers would otherwise change', () => {
    const text = 'a\r\nb _x0041_ _x005F_'
    const { sheets } = readWorkbook(workbookBytes([{ name: 'x', headers: ['说明'], rows: [[text]] }]))
    expect(sheets[0]?.rows[1]).toEqual([text])
  })

  it('keeps a text’s leading and trailing spaces', () => {
    const { sheets } = readWorkbook(workbookBytes([{ name: 'x', headers: [' 前 '], rows: [] }]))
    expect(sheets[0]?.rows[0]).toEqual([' 前 '])
  })

  it('does not turn a text that looks like a formula into one', () => {
    const { sheets } = readWorkbook(
      workbookBytes([{ name: 'x', headers: ['机关'], rows: [['=HYPERLINK("http://a")']] }]),
    )
    const cell = sheets[0]?.xml.querySelector('c[r="A2"]')
    expect(cell?.getAttribute('t')).toBe('s')
    expect(cell?.getElementsByTagName('f')).toHaveLength(0)
    expect(sheets[0]?.rows[1]).toEqual(['=HYPERLINK("http://a")'])
  })

  it('cuts a text longer than a cell holds at 32,767 characters, marked with …', () => {
    const { sheets } = readWorkbook(
      workbookBytes([{ name: 'x', headers: ['原文'], rows: [['字'.repeat(MAX_CELL_TEXT + 10)]] }]),
    )
    const value = sheets[0]?.rows[1]?.[0]
    expect(typeof value === 'string' && value.length).toBe(MAX_CELL_TEXT)
    expect(typeof value === 'string' && value.endsWith('字…')).toBe(true)
  })

  it('stores a text used in many rows once', () => {
    const rows = Array.from({ length: 50 }, (_, year) => ['新乡县城市管理局', 1990 + year])
    const { parts } = readWorkbook(workbookBytes([{ name: 'x', headers: ['机关', '年度'], rows }]))
    const table = parts.get('xl/sharedStrings.xml')?.documentElement
    expect(table?.getAttribute('uniqueCount')).toBe('3')
    expect(table?.getAttribute('count')).toBe('52')
  })

  it('freezes the header row, and the columns asked for, and puts filter buttons on the header', () => {
    const { sheets, parts } = readWorkbook(workbookBytes([FEES, { ...FEES, name: '冻结', frozenColumns: 2 }]))
    const pane = (at: number) => sheets[at]?.xml.getElementsByTagName('pane')[0]
    expect(pane(0)?.getAttribute('state')).toBe('frozen')
    expect(pane(0)?.getAttribute('ySplit')).toBe('1')
    expect(pane(0)?.getAttribute('xSplit')).toBeNull()
    expect(pane(1)?.getAttribute('xSplit')).toBe('2')
    expect(pane(1)?.getAttribute('topLeftCell')).toBe('C2')
    expect(sheets[0]?.xml.getElementsByTagName('autoFilter')[0]?.getAttribute('ref')).toBe('A1:D4')
    const names = [...(parts.get('xl/workbook.xml')?.getElementsByTagName('definedName') ?? [])]
    expect(names.map((name) => name.textContent)).toEqual(["'总览'!$A$1:$D$4", "'冻结'!$A$1:$D$4"])
  })

  it('makes the header cells bold', () => {
    const { sheets, parts } = readWorkbook(workbookBytes([FEES]))
    const style = Number(sheets[0]?.xml.querySelector('c[r="A1"]')?.getAttribute('s'))
    const formats = parts.get('xl/styles.xml')?.getElementsByTagName('cellXfs')[0]?.getElementsByTagName('xf')
    const font = Number(formats?.[style]?.getAttribute('fontId'))
    const fonts = parts.get('xl/styles.xml')?.getElementsByTagName('font')
    expect(fonts?.[font]?.getElementsByTagName('b')).toHaveLength(1)
    expect(sheets[0]?.xml.querySelector('c[r="A2"]')?.getAttribute('s')).toBeNull()
  })

  it('sets column widths from the contents, wider for Chinese', () => {
    const widths = [
      ...(readWorkbook(workbookBytes([FEES])).sheets[0]?.xml.getElementsByTagName('col') ?? []),
    ].map((column) => Number(column.getAttribute('width')))
    expect(widths).toHaveLength(4)
    // 新乡县城市管理局: eight characters of two units each.
    expect(widths[0]).toBeGreaterThanOrEqual(16)
    expect(widths[1]).toBeLessThan(widths[0] ?? 0)
  })

  it('gives the dimension of its widest row, wider than the header', () => {
    const { sheets } = readWorkbook(workbookBytes([{ name: 'x', headers: ['a'], rows: [['x', 'y', 'z']] }]))
    expect(sheets[0]?.xml.getElementsByTagName('dimension')[0]?.getAttribute('ref')).toBe('A1:C2')
    expect(sheets[0]?.rows[1]).toEqual(['x', 'y', 'z'])
  })

  it('refuses a sheet with more rows than Excel holds, naming it', () => {
    const rows = Array.from({ length: MAX_ROWS }, () => [])
    expect(() => workbookBytes([{ name: '全部单元格', headers: ['a'], rows }])).toThrow(WorkbookTooLarge)
    expect(() => workbookBytes([{ name: '全部单元格', headers: ['a'], rows }])).toThrow(/全部单元格/)
  })
})

describe('sheetNames', () => {
  it('replaces what Excel refuses, keeps 31 characters and makes names unique ignoring case', () => {
    expect(sheetNames(['a/b:c*?[x]', "'引号'", '长'.repeat(40), 'Data', 'data', '', '总览', '总览'])).toEqual(
      ['a_b_c___x_', '引号', '长'.repeat(31), 'Data', 'data (2)', 'Sheet6', '总览', '总览 (2)'],
    )
  })

  it('are what the workbook calls its sheets', () => {
    const { sheets } = readWorkbook(workbookBytes([{ ...FEES, name: '表/二' }, FEES, FEES]))
    expect(sheets.map((sheet) => sheet.name)).toEqual(['表_二', '总览', '总览 (2)'])
  })
})

describe('cell references', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('column %i is %s', (index, name) => {
    expect(columnName(index)).toBe(name)
  })

  it('count rows from 1', () => {
    expect(cellReference(27, 0)).toBe('AB1')
  })
})
