/**
 * WordprocessingML the generated fixtures do not contain but Word, WPS and converters write: content
 * controls around cells, fields, tracked changes, breaks, text boxes, layout tables, damaged packages.
 */
import { readFileSync } from 'node:fs'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/core/ingest/ingestFile'
import { docxToDocument } from '../../../../src/core/read/docx/docxToDocument'
import { cellValues } from '../../../../src/core/model/report'
import { readReport } from '../../../../src/core/readReport'
import { buildZip } from '../zipFixture'
import { generatedFixtures } from './expectedReports'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:mc="x"><w:body>${body}<w:sectPr/></w:body></w:document>`
}

function docx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
    'word/document.xml': new TextEncoder().encode(documentXml(body)),
  })
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
const tc = (content: string, properties = '') => `<w:tc><w:tcPr>${properties}</w:tcPr>${content}</w:tc>`

function linesOf(body: string) {
  const read = docxToDocument('t.docx', docx(body))
  if (!read.ok) throw new Error(read.error.message)
  return read.doc.lines.map((line) => ({ cells: line.cells, grid: line.gridColumns }))
}

describe('docx paragraphs', () => {
  it('joins runs, decodes references, splits on breaks and tab stops, drops empty paragraphs', () => {
    const body =
      '<w:p><w:r><w:t>20</w:t></w:r><w:r><w:t>23年 A&amp;B</w:t></w:r></w:p><w:p/>' +
      '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>' +
      '<w:p><w:r><w:tab/><w:t>行政许可</w:t><w:tab/><w:t>67</w:t></w:r></w:p>'
    expect(linesOf(body)).toEqual([
      { cells: ['2023年 A&B'], grid: undefined },
      { cells: ['第一行'], grid: undefined },
      { cells: ['第二行'], grid: undefined },
      { cells: ['行政许可', '67'], grid: undefined },
    ])
  })

  it('shows field results, not field codes, and hides deleted text', () => {
    const body =
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins></w:p>'
    expect(linesOf(body)).toEqual([{ cells: ['3新'], grid: undefined }])
  })

  it('shows a field nested in another field only through the outer result, as Word does', () => {
    const character = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`
    const code = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`
    const field = (inner: string, result: string) =>
      `${character('begin')}${inner}${character('separate')}<w:r><w:t>${result}</w:t></w:r>${character('end')}`
    const formula = field(`${code(' = ')}${field(code(' REF 许可 '), '1430')}${code(' + 6 ')}`, '1436')
    // A field left without its separate (its code runs on in the next paragraph) shows nothing after begin.
    const unfinished = `<w:r><w:t>12</w:t></w:r>${character('begin')}${code(' IF ')}<w:r><w:t>9</w:t></w:r>`
    expect(linesOf(`<w:p>${formula}</w:p><w:p>${unfinished}</w:p>`)).toEqual([
      { cells: ['1436'], grid: undefined },
      { cells: ['12'], grid: undefined },
    ])
  })

  it('skips hidden runs and brackets superscript ones, so neither runs into the number beside it', () => {
    const run = (text: string, properties = '') => `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`
    const body =
      `<w:p>${run('行政许可')}<w:r><w:tab/></w:r>${run('9', '<w:vanish/>')}${run('1436')}` +
      `${run('1', '<w:vertAlign w:val="superscript"/>')}</w:p>` +
      `<w:p>${run('行政处罚')}<w:r><w:tab/></w:r>${run('6', '<w:vanish w:val="0"/>')}</w:p>`
    expect(linesOf(body)).toEqual([
      { cells: ['行政许可', '1436[1]'], grid: undefined },
      { cells: ['行政处罚', '6'], grid: undefined },
    ])
  })

  it('brackets subscript runs and short marks w:position raises or lowers against the number before them', () => {
    const run = (text: string, properties = '') => `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`
    const position = (value: number) => `<w:position w:val="${value}"/>`
    const body =
      `<w:p>${run('1436')}${run('1', '<w:vertAlign w:val="subscript"/>')}</w:p>` +
      `<w:p>${run('142')}${run('2', position(6))}</w:p>` +
      `<w:p>${run('4')}${run(' *', position(-6))}</w:p>` +
      // The value lowered and its mark on the baseline: the mark stands off the value's baseline.
      `<w:p>${run('140', position(-4))}${run('5')}</w:p>` +
      `<w:p>${run('1436', '<w:vertAlign w:val="baseline"/>')}${run('1', position(0))}</w:p>`
    expect(linesOf(body).map((line) => line.cells)).toEqual([
      ['1436[1]'],
      ['142[2]'],
      ['4[ *]'],
      ['140[5]'],
      ['14361'],
    ])
  })

  it('reads text w:position shifts as written when it is no mark after a number', () => {
    const run = (text: string, properties = '') => `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`
    const lowered = '<w:position w:val="-6"/>'
    const body =
      // A cell's whole value shifted to centre it, and a line mixing heights as pasted text does.
      `<w:p>${run('287', lowered)}</w:p>` +
      `<w:p>${run('全年新收申请', lowered)}${run('172')}${run('件，办结', lowered)}${run('168')}${run('件', lowered)}</w:p>` +
      `<w:p>${run('2022')}${run('年度报告', lowered)}</w:p>`
    expect(linesOf(body).map((line) => line.cells)).toEqual([
      ['287'],
      ['全年新收申请172件,办结168件'],
      ['2022年度报告'],
    ])
  })

  it('drops soft hyphens pasted as text, which Word shows only where a line breaks', () => {
    const body = `<w:tbl><w:tr>${tc(p('行政\u00ad许可'))}${tc(p('1\u00ad436'))}${tc(p('0\u00ad'))}</w:tr></w:tbl>`
    expect(linesOf(body)).toEqual([{ cells: ['行政许可', '1436', '0'], grid: [0, 1, 2] }])
  })

  it('skips struck-through runs, the old value an editor left beside the new one', () => {
    const run = (text: string, properties = '') => `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`
    const body =
      `<w:p>${run('行政许可')}<w:r><w:tab/></w:r>${run('1346', '<w:strike/>')}${run('1436')}</w:p>` +
      `<w:p>${run('行政处罚')}<w:r><w:tab/></w:r>${run('278', '<w:dstrike w:val="true"/>')}${run('287')}` +
      `${run('5', '<w:strike w:val="false"/>')}</w:p>`
    expect(linesOf(body)).toEqual([
      { cells: ['行政许可', '1436'], grid: undefined },
      { cells: ['行政处罚', '2875'], grid: undefined },
    ])
  })

  it('reads text boxes once (not their fallback copy) as lines of their own', () => {
    const box = `<w:txbxContent>${p('框内文字')}</w:txbxContent>`
    const body = `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice>${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r></w:p>`
    expect(linesOf(body).map((line) => line.cells)).toEqual([['正文'], ['框内文字']])
  })
})

describe('docx tables', () => {
  it('looks through content controls around rows and cells and honours w:gridBefore', () => {
    const body =
      '<w:tbl><w:tblGrid/>' +
      `<w:sdt><w:sdtContent><w:tr>${tc(p('行政处罚'))}<w:sdt><w:sdtContent>${tc(p('6'))}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('1'))}</w:tr>` +
      '</w:tbl>'
    expect(linesOf(body)).toEqual([
      { cells: ['行政处罚', '6'], grid: [0, 1] },
      { cells: ['1'], grid: [1] },
    ])
  })

  it('drops a row deleted with tracked changes', () => {
    const row = (cells: string[], properties = '') =>
      `<w:tr><w:trPr>${properties}</w:trPr>${cells.map((cell) => tc(p(cell))).join('')}</w:tr>`
    const body =
      '<w:tbl>' +
      row(['行政复议', '结果维持']) +
      row(['', ''], '<w:del w:id="1" w:author="A"/>') +
      row(['2', '1']) +
      '</w:tbl>'
    expect(linesOf(body).map((line) => line.cells)).toEqual([
      ['行政复议', '结果维持'],
      ['2', '1'],
    ])
  })

  it('drops a cell deleted with tracked changes, so the cells after it keep their grid columns', () => {
    const deleted = tc(p('1346'), '<w:cellDel w:id="2" w:author="A"/>')
    const body = `<w:tbl><w:tr>${tc(p('行政许可'))}${deleted}${tc(p('1436'))}${deleted}</w:tr></w:tbl>`
    expect(linesOf(body)).toEqual([{ cells: ['行政许可', '1436'], grid: [0, 1] }])
  })

  it('drops vertical-merge and old horizontal-merge continuation cells, keeping the grid', () => {
    const body =
      '<w:tbl>' +
      `<w:tr>${tc(p('三、本年度办理结果'), '<w:vMerge w:val="restart"/>')}${tc(p('(一)予以公开'), '<w:gridSpan w:val="2"/>')}${tc(p('5'))}</w:tr>` +
      `<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p('(二)部分公开'), '<w:hMerge w:val="restart"/>')}${tc(p(''), '<w:hMerge/>')}${tc(p(''))}</w:tr>` +
      '</w:tbl>'
    expect(linesOf(body)).toEqual([
      { cells: ['三、本年度办理结果', '(一)予以公开', '5'], grid: [0, 1, 3] },
      { cells: ['(二)部分公开', ''], grid: [1, 3] },
    ])
  })

  it('reads a table used for page layout (one cell per row, or a table inside a cell) as paragraphs', () => {
    const inner = `<w:tbl><w:tr>${tc(p('规章'))}${tc(p('0'))}</w:tr></w:tbl>`
    const body = `<w:tbl><w:tr>${tc(p('标题') + inner)}${tc(p('侧栏'))}</w:tr></w:tbl><w:tbl><w:tr>${tc(p('框线里的一段话'))}</w:tr></w:tbl>`
    expect(linesOf(body)).toEqual([
      { cells: ['标题'], grid: undefined },
      { cells: ['规章', '0'], grid: [0, 1] },
      { cells: ['侧栏'], grid: undefined },
      { cells: ['框线里的一段话'], grid: undefined },
    ])
  })
})

describe('docx that import other files (w:altChunk), as web systems export them', () => {
  const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

  function chunked(target: string, chunk: Uint8Array | undefined): Uint8Array {
    const xml = documentXml(`${p('前言')}<w:altChunk xmlns:r="${RELS}" r:id="rId9"/>${p('附记')}`)
    const rels =
      `<?xml version="1.0"?><Relationships xmlns="${RELS}/package">` +
      `<Relationship Id="rId1" Type="${RELS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId9" Type="${RELS}/aFChunk" Target="${target}"/></Relationships>`
    return zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new TextEncoder().encode(xml),
      'word/_rels/document.xml.rels': new TextEncoder().encode(rels),
      ...(chunk ? { [`word/${target}`]: chunk } : {}),
    })
  }

  for (const [folder, target] of [
    ['html', 'afchunk.htm'],
    ['rtf', 'chunk1.rtf'],
  ] as const) {
    it(`reads a report imported as ${folder} in place, exactly per its ground truth`, () => {
      const fixture = generatedFixtures(folder).find((candidate) =>
        candidate.expected.file.startsWith('900_'),
      )!
      const read = docxToDocument('export.docx', chunked(target, new Uint8Array(readFileSync(fixture.path))))
      if (!read.ok) throw new Error(read.error.message)
      expect(read.doc.lines[0]?.text).toBe('前言')
      expect(read.doc.lines.at(-1)?.text).toBe('附记')
      const outcome = readReport(read.doc)
      if (!outcome.ok) throw new Error(outcome.error.message)
      expect(outcome.report.agency).toBe(fixture.expected.agency)
      expect(cellValues(outcome.report)).toEqual(fixture.expected.cells)
    })
  }

  it('a chunk whose part is missing is skipped, the rest of the document stays', () => {
    const read = docxToDocument('export.docx', chunked('afchunk.htm', undefined))
    expect(read.ok && read.doc.lines.map((line) => line.text)).toEqual(['前言', '附记'])
  })
})

describe('packages whose main document is not word/document.xml', () => {
  const PACKAGE = 'http://schemas.openxmlformats.org/package/2006'
  const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships'
  const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
  const encode = (text: string) => new TextEncoder().encode(text)
  const types = (part: string, contentType: string) =>
    encode(
      `<?xml version="1.0"?><Types xmlns="${PACKAGE}/content-types"><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`,
    )
  const relationships = (...list: [string, string, string][]) =>
    encode(
      `<?xml version="1.0"?><Relationships xmlns="${PACKAGE}/relationships">` +
        list
          .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
          .join('') +
        '</Relationships>',
    )
  const hiddenStyle = encode(
    `<w:styles xmlns:w="${W}"><w:style w:type="character" w:styleId="Hidden"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`,
  )
  const body =
    '<w:p><w:r><w:rPr><w:rStyle w:val="Hidden"/></w:rPr><w:t>9</w:t></w:r><w:r><w:t>166</w:t></w:r></w:p>'

  function textOf(bytes: Uint8Array): string[] | string {
    const read = docxToDocument('t.docx', bytes)
    return read.ok ? read.doc.lines.map((line) => line.text) : read.error.message
  }

  it('reads the part the officeDocument relationship names, with the relationships stored beside it', () => {
    const bytes = zipSync({
      '[Content_Types].xml': types('content/main.xml', WORD_MAIN),
      '_rels/.rels': relationships(['rId1', `${RELS}/officeDocument`, 'content/main.xml']),
      'content/main.xml': encode(documentXml(body)),
      'content/_rels/main.xml.rels': relationships(['rId1', `${RELS}/styles`, 'styles.xml']),
      'content/styles.xml': hiddenStyle,
    })
    // The style sheet beside the part hides the 9: it is found through the part's own relationships.
    expect(textOf(bytes)).toEqual(['166'])
  })

  it('follows a strict relationship type, and the content types alone when _rels/.rels is missing', () => {
    const strict = zipSync({
      '[Content_Types].xml': types('word/document2.xml', WORD_MAIN),
      '_rels/.rels': relationships(['rId1', `${STRICT_RELS}/officeDocument`, '/word/document2.xml']),
      'word/document2.xml': encode(documentXml(p('正文'))),
    })
    const typed = zipSync({
      '[Content_Types].xml': types('word/document2.xml', WORD_MAIN),
      'word/document2.xml': encode(documentXml(p('正文'))),
    })
    expect(textOf(strict)).toEqual(['正文'])
    expect(textOf(typed)).toEqual(['正文'])
  })

  it('does not take another Office kind’s main part for a Word document', async () => {
    const workbook = zipSync({
      '[Content_Types].xml': types(
        'word/workbook.xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      ),
      '_rels/.rels': relationships(['rId1', `${RELS}/officeDocument`, 'word/workbook.xml']),
      'word/workbook.xml': encode('<workbook/>'),
    })
    expect(textOf(workbook)).toBe('Word 文档已损坏：缺少正文部分（word/document.xml）')
    // Named .zip, it is read as an archive of its parts, none of them a report.
    const items = await ingestFile('book.zip', workbook)
    expect(items.map((item) => item.file)).toContain('book.zip/word/workbook.xml')
  })

  it('reads the generated report with a renamed main part under any file name', async () => {
    const fixture = generatedFixtures('docx').find((candidate) =>
      candidate.expected.file.includes('.renamed-main-part.'),
    )!
    for (const name of ['报告.docx', '报告.zip', '报告']) {
      const items = await ingestFile(name, new Uint8Array(readFileSync(fixture.path)))
      expect(items).toHaveLength(1)
      const outcome = items[0]!.outcome
      if (!outcome.ok) throw new Error(outcome.error.message)
      expect(cellValues(outcome.report)).toEqual(fixture.expected.cells)
    }
  })
})

describe('damaged Word packages', () => {
  it('a truncated .docx is corrupt with a Chinese reason', () => {
    const bytes = docx(p('正文'))
    const read = docxToDocument('t.docx', bytes.subarray(0, bytes.length - 40))
    expect(read.ok ? undefined : read.error).toEqual({
      code: 'corrupt',
      message: 'Word 文档已损坏，无法打开（可能下载不完整）',
    })
  })

  it('a package whose document.xml has no body is corrupt', () => {
    const bytes = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document>垃圾</w:document>') })
    const read = docxToDocument('t.docx', bytes)
    expect(read.ok ? undefined : read.error.code).toBe('corrupt')
  })

  it('a document.xml that inflates past the size limit is refused as too large', () => {
    const huge = documentXml(p('x'.repeat(3 * 1024 * 1024)))
    const bytes = zipSync({ 'word/document.xml': new TextEncoder().encode(huge) })
    const read = docxToDocument('t.docx', bytes, 1024 * 1024)
    expect(read.ok ? undefined : read.error.code).toBe('too-large')
  })

  it('a damaged document.xml entry gives a corrupt item through ingestFile, never an exception', async () => {
    const zip = buildZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      {
        name: 'word/document.xml',
        data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
        flags: 0,
        claimedSize: 8,
        deflate: false,
      },
    ])
    // Stored bytes that claim deflate: flip the method field of both headers to 8.
    const damaged = zip.slice()
    for (let at = 0; at < damaged.length - 4; at++) {
      const local =
        damaged[at] === 0x50 && damaged[at + 1] === 0x4b && damaged[at + 2] === 3 && damaged[at + 3] === 4
      const central =
        damaged[at] === 0x50 && damaged[at + 1] === 0x4b && damaged[at + 2] === 1 && damaged[at + 3] === 2
      if (local) damaged[at + 8] = 8
      if (central) damaged[at + 10] = 8
    }
    const items = await ingestFile('坏的.docx', damaged)
    expect(items).toHaveLength(1)
    const outcome = items[0]!.outcome
    expect(outcome.ok ? undefined : outcome.error.code).toBe('corrupt')
  })
})
