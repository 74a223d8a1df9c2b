import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { readingGaps } from '../../../src/core/compare/readingGaps'
import { readExpected, readingOf, truthOf, type ExpectedReport } from '../../helpers/expectedReports'
import { loadNodePdfjs } from '../../../scripts/nodePdfjs'

const fixtures = join(import.meta.dirname, '../../fixtures')
const seedNames = [
  '000_7bba39e252e1dfbf',
  '001_cad4fa3e014eb2f3',
  '002_3971b268707d3ce1',
  '003_1579294a3fe638da',
  '004_1acaf75430f57636',
]

const expectedOf = (name: string): ExpectedReport =>
  readExpected(join(fixtures, 'seeds', `${name}.expected.json`))
const seedBytes = (name: string) => new Uint8Array(readFileSync(join(fixtures, 'seeds', `${name}.txt`)))

function expectReportOf(items: Awaited<ReturnType<typeof ingestFile>>, expected: ExpectedReport) {
  expect(items).toHaveLength(1)
  const outcome = items[0]!.outcome
  if (!outcome.ok) throw new Error(`not read: ${outcome.error.message}`)
  expect(readingOf(outcome.report)).toEqual(truthOf(expected))
}

describe('ingestFile on the seeds', () => {
  it.each(seedNames)('reads %s exactly as its expected.json', async (name) => {
    const items = await ingestFile(`${name}.txt`, seedBytes(name))
    expectReportOf(items, expectedOf(name))
    expect(items[0]!.file).toBe(`${name}.txt`)
    expect(items[0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(items[0]!.outcome.ok && items[0]!.outcome.report.document.encoding).toBe('utf-8')
  })

  it('reads a seed saved as GBK the same, and gives it the same fingerprint', async () => {
    const name = seedNames[1]!
    const gbk = new Uint8Array(
      iconv.encode(readFileSync(join(fixtures, 'seeds', `${name}.txt`), 'utf8'), 'gbk'),
    )
    const items = await ingestFile('gbk.txt', gbk)
    expectReportOf(items, expectedOf(name))
    expect(items[0]!.outcome.ok && items[0]!.outcome.report.document.encoding).toBe('gb18030')
    const utf8 = await ingestFile('utf8.txt', seedBytes(name))
    expect(items[0]!.fingerprint).toBe(utf8[0]!.fingerprint)
  })

  it('marks pasted text as a paste document', async () => {
    const items = await ingestFile('粘贴的文本 1.txt', seedBytes(seedNames[2]!), { origin: 'paste' })
    expect(items[0]!.outcome.ok && items[0]!.outcome.report.document.kind).toBe('paste')
  })
})

describe('ingestFile on files that are not reports', () => {
  const errorOf = async (name: string, bytes: Uint8Array, options?: Parameters<typeof ingestFile>[2]) => {
    const items = await ingestFile(name, bytes, options)
    expect(items).toHaveLength(1)
    const outcome = items[0]!.outcome
    if (outcome.ok) throw new Error('unexpectedly read')
    return outcome.error
  }

  it('an empty file', async () => {
    expect(await errorOf('a.txt', new Uint8Array())).toEqual({ code: 'empty', message: '文件是空的' })
  })

  it('a photo of a cat', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ])
    const error = await errorOf('cat.txt', png)
    expect(error.code).toBe('unsupported')
    expect(error.message).toContain('图片文件，不是报告文本')
  })

  it('random binary bytes', async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919) % 256)
    expect(await errorOf('data.bin', bytes)).toEqual({ code: 'binary', message: '无法识别的二进制文件' })
  })

  it('a file over the size limit names its size and is not parsed', async () => {
    const error = await errorOf('big.txt', seedBytes(seedNames[0]!), { maxBytes: 1024 })
    expect(error.code).toBe('too-large')
    expect(error.message).toContain('6.1 KB')
  })

  it('a Word file cut short says it is a damaged Word file, wherever the download stopped', async () => {
    const docx = new Uint8Array(readFileSync(join(fixtures, 'generated/docx/000_7bba39e252e1dfbf.docx')))
    for (const length of [600, 2000, docx.length - 30])
      expect(await errorOf('报告.docx', docx.subarray(0, length))).toEqual({
        code: 'corrupt',
        message: 'Word 文档已损坏，无法打开（可能下载不完整）',
      })
  })

  it('plain text that is not a report says so', async () => {
    const error = await errorOf('note.txt', new TextEncoder().encode('今天天气很好。\n明天见。'))
    expect(['not-a-report', 'no-tables']).toContain(error.code)
  })
})

describe('ingestFile on real files of other formats', () => {
  const expectedReal = (name: string): ExpectedReport =>
    readExpected(join(fixtures, 'real', `${name}.expected.json`))

  it('reads the real WPS PDF with pdf.js injected', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'real/hongze_district_gov_2023.pdf')))
    const items = await ingestFile('hongze.pdf', bytes, { pdfjs: loadNodePdfjs })
    expectReportOf(items, expectedReal('hongze_district_gov_2023'))
  }, 30_000)

  it('says so when a PDF arrives and no pdf.js was injected', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'real/hongze_district_gov_2023.pdf')))
    const [item] = await ingestFile('hongze.pdf', bytes)
    expect(item!.outcome.ok).toBe(false)
    expect(!item!.outcome.ok && item!.outcome.error.code).toBe('unsupported')
  })

  it('reads the real saved web page', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'real/shuyang_fgj_2023_page.html')))
    expectReportOf(await ingestFile('page.html', bytes), expectedReal('shuyang_fgj_2023_page'))
  })

  it('reads each report of a zip as its own item named archive/entry', async () => {
    const archive = zipSync({
      [`${seedNames[0]}.txt`]: seedBytes(seedNames[0]!),
      'sub/notes.bin': new Uint8Array(512).map((_, i) => (i * 31) % 256),
      [`sub/${seedNames[4]}.txt`]: seedBytes(seedNames[4]!),
    })
    const items = await ingestFile('bundle.zip', archive)
    const byFile = new Map(items.map((item) => [item.file, item]))
    expect([...byFile.keys()].sort()).toEqual(
      [
        'bundle.zip/sub/notes.bin',
        `bundle.zip/sub/${seedNames[4]}.txt`,
        `bundle.zip/${seedNames[0]}.txt`,
      ].sort(),
    )
    expectReportOf([byFile.get(`bundle.zip/${seedNames[0]}.txt`)!], expectedOf(seedNames[0]!))
    expectReportOf([byFile.get(`bundle.zip/sub/${seedNames[4]}.txt`)!], expectedOf(seedNames[4]!))
    expect(byFile.get('bundle.zip/sub/notes.bin')!.outcome.ok).toBe(false)
  })
})

describe('a report year no report can have', () => {
  const seed = seedNames[0]!
  const withTitleYear = (year: string) =>
    new TextEncoder().encode(
      new TextDecoder()
        .decode(seedBytes(seed))
        .replace('新乡县城市管理局 2023 年', `新乡县城市管理局 ${year} 年`),
    )
  const yearNotices = async (year: string, currentYear: number | undefined) => {
    const [item] = await ingestFile(`${seed}.txt`, withTitleYear(year), { currentYear })
    if (item === undefined || !item.outcome.ok) throw new Error('the seed was not read')
    const { report } = item.outcome
    return {
      year: report.year,
      gaps: readingGaps(report),
      notices: report.notices.filter((notice) => notice.message.includes('可能有误')),
    }
  }

  it('keeps the title’s year and flags one after the current year', async () => {
    const { year, gaps, notices } = await yearNotices('2032', 2026)
    expect(year).toBe(2032)
    expect(gaps.identityGuessed).toBe(true)
    expect(notices.map((notice) => notice.code)).toEqual(['identity-guessed'])
    expect(notices[0]?.message).toContain('2026')
  })

  it('flags a year in Chinese numerals the same way', async () => {
    const { year, notices } = await yearNotices('二〇三二', 2026)
    expect(year).toBe(2032)
    expect(notices.map((notice) => notice.code)).toEqual(['identity-guessed'])
    expect((await yearNotices('二〇〇三', 2026)).notices).toHaveLength(1)
  })

  it('flags one before the 条例 took effect, with or without a clock', async () => {
    expect((await yearNotices('2003', undefined)).notices).toHaveLength(1)
    expect((await yearNotices('2003', 2026)).gaps.identityGuessed).toBe(true)
  })

  it('says nothing of the current year or an earlier one', async () => {
    expect((await yearNotices('2026', 2026)).notices).toEqual([])
    expect((await yearNotices('2023', 2026)).gaps.identityGuessed).toBe(false)
  })
})
