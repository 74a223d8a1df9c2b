/**
 * Reports in traditional characters (mirror sites, Big5 pages) read as their simplified originals, while
 * simplified reports are never changed and a report keeps its own text for provenance.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { nodeIngestOptions } from '../../../scripts/cli/nodeIngestOptions'
import { hasTraditional, toSimplified } from '../../../src/core/text/traditional'
import { readingDocument } from '../../../src/core/text/readingDocument'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { FIXTURE_DIR, fixtureText, readRealReport, readTextReport, SEED_FILES } from '../trust/readFixture'

/** A file's bytes through the whole ingest path (reader and every check). */
async function ingestBytes(file: string, bytes: Uint8Array) {
  const [item] = await ingestFile(file, bytes, nodeIngestOptions())
  if (item?.outcome.ok !== true) throw new Error(`${file} was not read`)
  return item.outcome.report
}

/** A fixture, ingested. */
function ingest(path: string) {
  return ingestBytes(path.split('/').at(-1) ?? path, new Uint8Array(readFileSync(join(FIXTURE_DIR, path))))
}

/** Text as a UTF-8 file, ingested. */
function ingestText(file: string, text: string) {
  return ingestBytes(file, new TextEncoder().encode(text))
}

describe('traditional characters', () => {
  it('become the simplified ones of the template wording', () => {
    expect(toSimplified('收到和處理政府信息公開申請情況')).toBe('收到和处理政府信息公开申请情况')
    expect(toSimplified('行政復議\t維持\t糾正\t尚未審結')).toBe('行政复议\t维持\t纠正\t尚未审结')
    expect(toSimplified('衞輝市城市管理局')).toBe('卫辉市城市管理局')
  })

  it('leave alone characters simplified text uses too, and simplified reports unchanged', () => {
    expect(toSimplified('乾坤 著作 覆盖')).toBe('乾坤 著作 覆盖')
    for (const seed of SEED_FILES) {
      const text = fixtureText(seed)
      expect(hasTraditional(text), seed).toBe(false)
      expect(toSimplified(text)).toBe(text)
    }
  })

  it('are read as simplified, one for one, while the report keeps its own text', async () => {
    const report = await ingest('generated/traditional/000_7bba39e252e1dfbf.s2t.txt')
    expect(report.agency).toBe('新乡县城市管理局')
    const source = report.cells['proactive.licensing.decisions']?.source
    const line = report.document.lines[source?.line ?? -1]?.text ?? ''
    expect(line).toContain('行政許可')
    const reading = readingDocument(report.document)
    expect(reading.lines.map((l) => l.text.length)).toEqual(report.document.lines.map((l) => l.text.length))
    expect(reading.lines[source?.line ?? -1]?.text).toContain('行政许可')
  })

  it('give the same report as the simplified original, with one notice saying so', async () => {
    const original = await ingest('seeds/002_3971b268707d3ce1.txt')
    const converted = await ingest('generated/traditional/002_3971b268707d3ce1.s2tw.txt')
    const values = (cells: typeof original.cells) =>
      Object.fromEntries(Object.entries(cells).map(([id, cell]) => [id, cell.value]))
    expect(values(converted.cells)).toEqual(values(original.cells))
    expect(converted.checks).toEqual(original.checks)
    expect(converted.notices.map((notice) => notice.code)).toEqual([
      'traditional-script',
      ...original.notices.map((notice) => notice.code),
    ])
    expect(converted.notices[0]?.message).toBe(
      '报告含繁体字，表格标签和机关名称按对应的简体字识别，机关名称显示为“中牟县人民政府办公室”',
    )
  })

  it('leave a simplified report with a few of them as written (the town 於潜, a 繁體版 link)', () => {
    const path = 'seeds/003_1579294a3fe638da.txt'
    const original = readTextReport(path)
    const report = readTextReport(path, (text) =>
      text
        .replace('卫辉市城市管理局2021年', '临安区於潜镇人民政府2021年')
        .replace('一、总体情况', '一、总体情况 繁體版'),
    )
    expect(report.agency).toBe('临安区於潜镇人民政府')
    expect(report.notices).toEqual(original.notices)
    expect(readingDocument(report.document)).toBe(report.document)
  })

  it('keep the characters simplified text uses too in names (於潜, 資訊科技), where the wording needs none', async () => {
    const text = fixtureText('generated/traditional/000_7bba39e252e1dfbf.s2t.txt')
    const read = async (agency: string) =>
      (await ingestText('named.txt', text.replace('新鄉縣城市管理局 2023', `${agency} 2023`))).agency
    expect(await read('臨安區於潛鎮人民政府')).toBe('临安区於潜镇人民政府')
    expect(await read('澳門資訊科技發展中心')).toBe('澳门资讯科技发展中心')
  })

  it('leave a simplified report with a traditional footer as written', () => {
    const path = 'seeds/003_1579294a3fe638da.txt'
    const original = readTextReport(path)
    const footer = '主辦單位：臨安區於潛鎮人民政府 聯繫電話 網站標識碼 繁體版 無障礙瀏覽 適老化'
    const report = readTextReport(path, (text) => `${text}\n${footer}\n`)
    expect(readingDocument(report.document)).toBe(report.document)
    expect(report.notices).toEqual(original.notices)
  })

  it('a short page in traditional characters explaining a report is named as such', () => {
    const page = [
      '圖解：XX縣城市管理局2023年政府信息公開工作年度報告',
      '一、總體情況',
      '全年主動公開信息120條。',
    ]
    const outcome = readReport(textToDocument('圖解.txt', page.join('\n')))
    expect(outcome.ok ? 'ok' : outcome.error.message).toMatch(/^未找到报告表格：这是年报的解读或图解/)
  })

  it('read the words converters write in characters simplified text also uses (属於, 答覆)', async () => {
    const converted = fixtureText('generated/traditional/000_7bba39e252e1dfbf.s2t.txt').replace(
      '2023 年度新鄉縣城市管理局未收到政府信息依申請公開件。',
      '2023 年共答覆依申請公開件 0 件。',
    )
    const report = await ingestText('答覆.txt', converted)
    // 属於 in 表三's labels is read as 属于: no label-by-keyword notice.
    expect(report.notices.map((notice) => notice.code)).toEqual(['traditional-script'])
    const claims = report.checks.filter((check) => check.rule === 'R-I' && check.message.includes('答复'))
    expect(claims.map((check) => [check.ok, check.lhs])).toEqual([[true, 0]])
  })

  it('a simplified page with a "繁體版" link on it gets no notice', async () => {
    const report = await readRealReport('shuyang_fgj_2023_page.html')
    expect(report.document.lines.some((line) => line.text.includes('繁體'))).toBe(true)
    expect(report.notices.map((notice) => notice.code)).not.toContain('traditional-script')
  })
})
