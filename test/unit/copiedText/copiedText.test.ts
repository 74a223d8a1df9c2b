/**
 * 内容雷同 on real reports: a "next year" copy of a seed is named with the number of sentences it kept;
 * the fixtures' different reports, copies of one report, and text every agency or the template writes
 * are not.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReportEntry } from '../../../src/core/checks/crossYear'
import { findCopiedText, MAX_LISTED, MIN_SHARED_SENTENCES } from '../../../src/core/copiedText/copiedText'
import { reportSentences } from '../../../src/core/copiedText/reportSentences'
import { compactLine } from '../../../src/core/checks/proseText'
import { docxToDocument } from '../../../src/core/read/docx/docxToDocument'
import { REWRITTEN, WEIHUI_2021, weihuiNextYear } from '../../helpers/nextYearCopy'
import {
  FIXTURE_DIR,
  readPdfReport,
  readRealReport,
  readTextReport,
  reportOf,
  SEED_FILES,
} from '../trust/readFixture'

const XINXIANG_2023 = 'seeds/000_7bba39e252e1dfbf.txt'
/** The same report as a PDF: a duplicate of the seed, as the dashboard groups them. */
const XINXIANG_2023_PDF = 'generated/pdf/000_7bba39e252e1dfbf.pdf'

function entry(id: string, path: string, change?: (text: string) => string): ReportEntry {
  return { id, report: readTextReport(path, change) }
}

/** A seed under another agency's name, in `year` (its years in the text moved there too). */
function renamed(id: string, path: string, agency: string, year?: number): ReportEntry {
  const original = readTextReport(path)
  return entry(id, path, (text) => {
    const named = text.replaceAll(original.agency, agency)
    return year === undefined ? named : named.replaceAll(String(original.year), String(year))
  })
}

describe('copied text: a report copied from last year', () => {
  const previous = entry('2021', WEIHUI_2021)
  const next = entry('2022', WEIHUI_2021, weihuiNextYear)
  const found = findCopiedText([previous, next])

  it('is named under the later report with the sentences it kept', () => {
    const original = reportSentences(previous.report)
    // Kept: every sentence without the year and without a rewritten piece.
    const kept = original.filter(
      (sentence) =>
        !sentence.text.includes('2021') && !REWRITTEN.some(([from]) => sentence.text.includes(from)),
    )
    expect(next.report.year).toBe(2022)
    expect(kept.length).toBeGreaterThanOrEqual(MIN_SHARED_SENTENCES)
    expect(found.has('2021')).toBe(false)
    const findings = found.get('2022')
    expect(findings?.unlisted).toBe(0)
    expect(findings?.findings).toHaveLength(1)
    const finding = findings?.findings[0]
    expect(finding?.kind).toBe('previous-year')
    expect(finding?.otherReportId).toBe('2021')
    expect(finding?.shared).toBe(kept.length)
    expect(finding?.sentences).toBe(reportSentences(next.report).length)
    expect(finding?.message).toBe(
      `与上年报告文字雷同：与本机关 2021 年报告有 ${kept.length} 句相同，占本报告计入比对的 ${finding?.sentences} 句的 ${Math.floor((kept.length / (finding?.sentences ?? 1)) * 100)}%`,
    )
  })

  it('quotes the shared sentences with their lines in both reports', () => {
    const finding = found.get('2022')?.findings[0]
    expect(finding?.examples.length).toBeGreaterThan(0)
    for (const example of finding?.examples ?? []) {
      expect(compactLine(next.report.document.lines[example.line]?.text ?? '')).toContain(example.text)
      expect(compactLine(previous.report.document.lines[example.otherLine]?.text ?? '')).toContain(
        example.text,
      )
    }
  })

  it('is not named when the agency skipped a year or the copies are of one year', () => {
    const later = entry('2023', WEIHUI_2021, (text) => weihuiNextYear(text).replaceAll('2022', '2023'))
    expect(later.report.year).toBe(2023)
    expect(findCopiedText([previous, later]).size).toBe(0)
    // The same report twice, figures differing (a PDF and its page): a duplicate, not copying.
    const again = entry('again', WEIHUI_2021, (text) => text.replace('23800', '23900'))
    expect(findCopiedText([previous, again]).size).toBe(0)
  })
})

describe('copied text: another agency of the same year', () => {
  it('names each report most of whose text the other has', () => {
    const xinxiang = entry('xinxiang', XINXIANG_2023)
    const copy = renamed('copy', XINXIANG_2023, '原阳县城市管理局')
    expect(copy.report.agency).toBe('原阳县城市管理局')
    const found = findCopiedText([xinxiang, copy])
    expect(found.get('copy')?.findings[0]?.kind).toBe('other-agency')
    expect(found.get('copy')?.findings[0]?.otherAgency).toBe('新乡县城市管理局')
    expect(found.get('xinxiang')?.findings[0]?.otherAgency).toBe('原阳县城市管理局')
    expect(found.get('xinxiang')?.findings[0]?.message).toMatch(
      /^与其他机关报告文字雷同：与原阳县城市管理局 2023 年报告有 \d+ 句相同/u,
    )
  })

  it('is not found between any two of the seeds, the real reports and the handmade ones', async () => {
    const entries = [
      ...SEED_FILES.map((path) => entry(path, path)),
      ...[
        'handmade/2019_template.txt',
        'handmade/2021_one_row_other_handling.txt',
        'handmade/legacy_2017.txt',
      ].map((path) => entry(path, path)),
      { id: 'hongze', report: await readRealReport('hongze_district_gov_2023.pdf') },
      { id: 'shuyang', report: await readRealReport('shuyang_fgj_2023_page.html') },
    ]
    // Four 2023 reports of different agencies, so the comparison did run.
    expect(entries.filter((loaded) => loaded.report.year === 2023).length).toBeGreaterThanOrEqual(4)
    expect(findCopiedText(entries)).toEqual(new Map())
  })
})

describe('copied text: the copies of one report are one report', () => {
  const nextYear = (text: string) => text.replaceAll('2023', '2024')
  const xinxiangTwice = async (): Promise<[ReportEntry, ReportEntry]> => [
    entry('txt', XINXIANG_2023),
    { id: 'pdf', report: await readPdfReport(XINXIANG_2023_PDF) },
  ]

  it('a next-year copy of a report loaded as text and as PDF is named once, after the closer copy', async () => {
    const [text, pdf] = await xinxiangTwice()
    const next = entry('2024', XINXIANG_2023, nextYear)
    expect([pdf.report.agency, pdf.report.year]).toEqual([text.report.agency, text.report.year])
    expect(next.report.year).toBe(2024)
    // Each copy alone is copied from, with its own count.
    const sharedWith = (copy: ReportEntry) =>
      findCopiedText([copy, next]).get('2024')?.findings[0]?.shared ?? 0
    const fromText = sharedWith(text)
    const fromPdf = sharedWith(pdf)
    expect(Math.min(fromText, fromPdf)).toBeGreaterThanOrEqual(MIN_SHARED_SENTENCES)
    const closer = fromPdf > fromText ? 'pdf' : 'txt'
    for (const loaded of [
      [text, pdf, next],
      [pdf, text, next],
    ]) {
      const findings = findCopiedText(loaded).get('2024')
      expect(findings?.unlisted).toBe(0)
      expect(findings?.findings).toHaveLength(1)
      expect(findings?.findings[0]?.kind).toBe('previous-year')
      // The copy sharing the most; of two sharing as much, the first loaded.
      const kept = fromText === fromPdf ? loaded[0]?.id : closer
      expect(findings?.findings[0]?.otherReportId).toBe(kept)
      expect(findings?.findings[0]?.shared).toBe(Math.max(fromText, fromPdf))
    }
  })

  it('another agency copied from the text and the PDF is named once; each copy names the other agency', async () => {
    const [text, pdf] = await xinxiangTwice()
    const copy = renamed('copy', XINXIANG_2023, '原阳县城市管理局')
    const found = findCopiedText([text, pdf, copy])
    expect(found.get('copy')?.findings.map((finding) => finding.otherAgency)).toEqual(['新乡县城市管理局'])
    expect(found.get('copy')?.unlisted).toBe(0)
    for (const id of ['txt', 'pdf'])
      expect(found.get(id)?.findings.map((finding) => finding.otherReportId)).toEqual(['copy'])
  })

  it('two agencies’ reports of one year, both copied from, are two findings', () => {
    const xinxiang = entry('xinxiang', XINXIANG_2023)
    const yuanyang = renamed('yuanyang', XINXIANG_2023, '原阳县城市管理局')
    const copy = renamed('copy', XINXIANG_2023, '延津县城市管理局')
    const findings = findCopiedText([xinxiang, yuanyang, copy]).get('copy')
    expect(findings?.findings.map((finding) => finding.otherAgency).sort()).toEqual(
      ['原阳县城市管理局', '新乡县城市管理局'].sort(),
    )
    expect(findings?.unlisted).toBe(0)
  })

  it('counts the unlisted by agency and year, not by copy', () => {
    const agencies = ['甲', '乙', '丙', '丁'].map((name) => `${name}县城市管理局`)
    // Each other agency's report loaded twice, as two files of one agency and year.
    const others = agencies.flatMap((agency, at) => [
      renamed(`${at}a`, XINXIANG_2023, agency),
      renamed(`${at}b`, XINXIANG_2023, agency),
    ])
    const copy = entry('copy', XINXIANG_2023)
    const findings = findCopiedText([...others, copy]).get('copy')
    expect(agencies.length).toBeGreaterThan(MAX_LISTED)
    expect(findings?.findings).toHaveLength(MAX_LISTED)
    expect(new Set(findings?.findings.map((finding) => finding.otherAgency)).size).toBe(MAX_LISTED)
    // The two files of an agency share as much: the first loaded is named.
    for (const finding of findings?.findings ?? []) expect(finding.otherReportId).toMatch(/a$/u)
    expect(findings?.unlisted).toBe(agencies.length - MAX_LISTED)
  })
})

describe('copied text: boilerplate', () => {
  const OTHERS = [
    entry('001', SEED_FILES[1] ?? ''),
    entry('002', SEED_FILES[2] ?? ''),
    renamed('004', SEED_FILES[4] ?? '', '文峰区城市管理局', 2023),
    entry('handmade', 'handmade/2021_one_row_other_handling.txt'),
  ]

  it('a text more than a third of the agencies write (three of seven) is not copying', () => {
    const copies = ['甲', '乙', '丙'].map((name) => renamed(name, XINXIANG_2023, `${name}县城市管理局`))
    const entries = [...copies, ...OTHERS]
    expect(new Set(entries.map((loaded) => loaded.report.agency)).size).toBe(7)
    expect(findCopiedText(entries).size).toBe(0)
    // Two of six agencies is not "more than a third": the same text is then copying.
    expect(new Set(findCopiedText([...copies.slice(0, 2), ...OTHERS]).keys())).toEqual(new Set(['甲', '乙']))
  })

  it('the blank template’s wording is not counted', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURE_DIR, 'template/blank_template_2021.docx')))
    const template = docxToDocument('blank_template_2021.docx', bytes)
    if (!template.ok) throw new Error(template.error.message)
    const filled = (agency: string): ReportEntry => {
      const title = { text: `${agency}2023年政府信息公开工作年度报告` }
      const report = reportOf({ ...template.doc, lines: [title, ...template.doc.lines] })
      return { id: agency, report }
    }
    const reports = [filled('甲县城市管理局'), filled('乙县城市管理局')]
    expect(reports.map((loaded) => loaded.report.year)).toEqual([2023, 2023])
    // Only each report's own title is left to compare.
    expect(reports.map((loaded) => reportSentences(loaded.report).map((sentence) => sentence.line))).toEqual([
      [0],
      [0],
    ])
    expect(findCopiedText(reports).size).toBe(0)
  })
})
