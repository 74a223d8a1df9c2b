import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/core/ingest/ingestFile'
import { cellValues } from '../../../../src/core/model/report'
import { gbk } from './seedPage'

const FIXTURES = join(import.meta.dirname, '../../../fixtures')
const PAGE = new Uint8Array(readFileSync(join(FIXTURES, 'real/shuyang_fgj_2023_page.html')))
const TRUTH = JSON.parse(
  readFileSync(join(FIXTURES, 'real/shuyang_fgj_2023_page.expected.json'), 'utf8'),
) as { agency: string; year: number; cells: Record<string, number> }

describe('HTML and MHTML through ingestFile', () => {
  it('reads a dropped saved page into the report of its ground truth', async () => {
    const [item] = await ingestFile('shuyang_fgj_2023_page.html', PAGE)
    expect(item?.outcome.ok).toBe(true)
    if (!item?.outcome.ok) return
    expect(item.outcome.report).toMatchObject({ agency: TRUTH.agency, year: TRUTH.year })
    expect(item.outcome.report.document).toMatchObject({ kind: 'html', encoding: 'utf-8' })
    expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
  })

  it('reads a saved .mhtml page', async () => {
    const base64 = Buffer.from(PAGE).toString('base64').replace(/.{76}/g, '$&\r\n')
    const mhtml =
      'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B"\r\n\r\n' +
      `------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64}\r\n------B--\r\n`
    const [item] = await ingestFile('page.mhtml', new TextEncoder().encode(mhtml))
    expect(item?.outcome.ok).toBe(true)
    if (item?.outcome.ok) expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
  })

  it('reads the report copied from the browser (text/html clipboard fragment) as a paste', async () => {
    // What Chrome puts on the clipboard when the user selects the title and the article body.
    const page = new TextDecoder().decode(PAGE)
    const article = page.slice(page.indexOf('<h1 class="article-title"'), page.indexOf('</ucapcontent>'))
    expect(article.length).toBeGreaterThan(10000)
    const clipboard = `<meta charset='utf-8'><html><body><!--StartFragment-->${article}<!--EndFragment--></body></html>`
    const [item] = await ingestFile('粘贴的网页 1.html', new TextEncoder().encode(clipboard), {
      origin: 'paste',
    })
    expect(item?.outcome.ok).toBe(true)
    if (!item?.outcome.ok) return
    expect(item.outcome.report.document.kind).toBe('paste')
    expect(item.outcome.report).toMatchObject({ agency: TRUTH.agency, year: TRUTH.year })
    expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
  })

  it('drops text set in a font of size 0, which some sites slip into numbers against copying', async () => {
    const page = new TextDecoder().decode(PAGE)
    expect(page.split('>18<')).toHaveLength(2)
    const html = page.replace('>18<', '><span style="font-size: 0px">9</span>18<')
    const [item] = await ingestFile('page.html', new TextEncoder().encode(html))
    expect(item?.outcome.ok).toBe(true)
    if (item?.outcome.ok) expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
  })

  it('keeps text laid out in a container of font size 0 whose content sets its own size', async () => {
    const page = new TextDecoder().decode(PAGE)
    const at = page.indexOf('<ucapcontent><p')
    const paragraphEnd = page.indexOf('</p>', at) + '</p>'.length
    const html =
      page.slice(0, at) +
      '<ucapcontent><div style="font-size:0"><span style="font-size:16px">' +
      page.slice(at + '<ucapcontent>'.length, paragraphEnd) +
      '</span></div>' +
      page.slice(paragraphEnd)
    const [item] = await ingestFile('page.html', new TextEncoder().encode(html))
    expect(item?.outcome.ok).toBe(true)
    if (!item?.outcome.ok) return
    const text = item.outcome.report.document.lines.map((line) => line.text).join('\n')
    expect(text).toContain('根据《中华人民共和国政府信息公开条例》')
    expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
  })

  it('reads 表四 from its row of numbers when an empty row stands before it', async () => {
    const page = new TextDecoder().decode(PAGE)
    const dataRow = page.indexOf('<tr', page.lastIndexOf('尚未审结'))
    expect(dataRow).toBeGreaterThan(0)
    const empty = `<tr>${'<td>&nbsp;</td>'.repeat(15)}</tr>`
    const html = page.slice(0, dataRow) + empty + page.slice(dataRow)
    const [item] = await ingestFile('page.html', new TextEncoder().encode(html))
    expect(item?.outcome.ok).toBe(true)
    if (item?.outcome.ok) expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
  })

  it('drops struck-through text, the old value an editor left beside the new one', async () => {
    const page = new TextDecoder().decode(PAGE)
    const html = page
      .replace('>18<', '><s>17</s>18<')
      .replace('>8<', '><span style="text-decoration: line-through">7</span>8<')
    const [item] = await ingestFile('page.html', new TextEncoder().encode(html))
    expect(item?.outcome.ok).toBe(true)
    if (item?.outcome.ok) expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
  })

  it('reads a gb2312 page dropped without an extension', async () => {
    const html = new TextDecoder().decode(PAGE).replace(/charset="?utf-8"?/gi, 'charset="gb2312"')
    const [item] = await ingestFile('page', gbk(html))
    expect(item?.outcome.ok).toBe(true)
    if (item?.outcome.ok) {
      expect(item.outcome.report.document.encoding).toBe('gb18030')
      expect(cellValues(item.outcome.report)).toEqual(TRUTH.cells)
    }
  })
})
