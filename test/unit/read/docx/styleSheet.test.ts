/**
 * Text a style hides or strikes through (word/styles.xml), read through the .docx reader: the run's
 * character style, its paragraph's and table's styles and the document defaults, along w:basedOn, with
 * vanish and strike toggling between those levels (ECMA-376 Part 1, 17.7.3) and direct formatting on the
 * run deciding absolutely.
 */
import { readFileSync } from 'node:fs'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { lineCells } from '../../../../src/core/model/lineCells'
import { cellValues } from '../../../../src/core/model/report'
import { docxToDocument } from '../../../../src/core/read/docx/docxToDocument'
import { readStyleSheet } from '../../../../src/core/read/docx/styleSheet'
import { parseXml } from '../../../../src/core/read/docx/xmlTree'
import { readReport } from '../../../../src/core/readReport'
import { generatedFixtures } from './expectedReports'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles'
const encode = (text: string) => new TextEncoder().encode(text)

/** A package whose style sheet is `styles` (w:style elements and w:docDefaults), stored at `stylesPart`. */
function docx(body: string, styles: string, stylesPart = 'word/styles.xml'): Uint8Array {
  const target = stylesPart.replace(/^word\//, '')
  return zipSync({
    '[Content_Types].xml': encode('<Types/>'),
    'word/_rels/document.xml.rels': encode(
      `<Relationships><Relationship Id="rId1" Type="${STYLES_TYPE}" Target="${target}"/></Relationships>`,
    ),
    'word/document.xml': encode(`<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    [stylesPart]: encode(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`),
  })
}

function linesOf(body: string, styles: string, stylesPart?: string): (readonly string[])[] {
  const read = docxToDocument('t.docx', docx(body, styles, stylesPart))
  if (!read.ok) throw new Error(read.error.message)
  return read.doc.lines.map(lineCells)
}

const style = (type: string, id: string, properties: string, basedOn = '') =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>` +
  `${basedOn === '' ? '' : `<w:basedOn w:val="${basedOn}"/>`}<w:rPr>${properties}</w:rPr></w:style>`
const run = (text: string, properties = '') => `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`
const styled = (text: string, characterStyle: string, properties = '') =>
  run(text, `<w:rStyle w:val="${characterStyle}"/>${properties}`)
const paragraph = (runs: string, paragraphStyle = '') =>
  `<w:p>${paragraphStyle === '' ? '' : `<w:pPr><w:pStyle w:val="${paragraphStyle}"/></w:pPr>`}${runs}</w:p>`
const label = (text: string) => `${run(text)}<w:r><w:tab/></w:r>`

describe('text hidden or struck through by a style', () => {
  it('skips digits a character style hides, before, inside and after a number', () => {
    const styles = style('character', 'Hidden', '<w:vanish/>')
    const body = paragraph(
      `${label('行政许可')}${styled('9', 'Hidden')}${run('2')}${styled('88', 'Hidden')}${run('75')}${styled('0', 'Hidden')}`,
    )
    expect(linesOf(body, styles)).toEqual([['行政许可', '275']])
  })

  it('skips a paragraph its paragraph style hides, also through w:basedOn', () => {
    const styles = style('paragraph', 'Draft', '<w:vanish/>') + style('paragraph', 'OldValue', '', 'Draft')
    const body =
      paragraph(run('旧数字 9166'), 'OldValue') + paragraph(run('166')) + paragraph(run('草稿'), 'Draft')
    expect(linesOf(body, styles)).toEqual([['166']])
  })

  it('skips runs a style strikes through once or twice', () => {
    const styles =
      style('character', 'Old', '<w:strike/>') +
      style('character', 'Twice', '<w:dstrike/>') +
      style('character', 'Replaced', '', 'Twice')
    const body = paragraph(`${label('行政处罚')}${styled('9', 'Old')}${run('49')}${styled('1', 'Replaced')}`)
    expect(linesOf(body, styles)).toEqual([['行政处罚', '49']])
  })

  it('reads a run whose own w:vanish w:val="0" turns its style’s vanish off', () => {
    const styles = style('character', 'Hidden', '<w:vanish/>') + style('paragraph', 'HiddenP', '<w:vanish/>')
    const body =
      paragraph(`${label('行政强制')}${styled('188', 'Hidden', '<w:vanish w:val="0"/>')}`) +
      paragraph(run('203', '<w:vanish w:val="false"/>'), 'HiddenP') +
      paragraph(run('38', '<w:strike w:val="off"/>') + styled('7', 'Hidden', '<w:vanish w:val="off"/>'))
    expect(linesOf(body, styles)).toEqual([['行政强制', '188'], ['203'], ['387']])
  })

  it('hides a run that its style shows when its own w:vanish is on', () => {
    const styles = style('character', 'Shown', '<w:vanish w:val="0"/>')
    expect(linesOf(paragraph(styled('9', 'Shown', '<w:vanish/>') + run('6')), styles)).toEqual([['6']])
  })

  it('toggles vanish and strike between the paragraph and the character style, but not dstrike', () => {
    const styles =
      style('paragraph', 'HiddenP', '<w:vanish/>') +
      style('character', 'Hidden', '<w:vanish/>') +
      style('paragraph', 'StruckP', '<w:strike/>') +
      style('character', 'Struck', '<w:strike/>') +
      style('paragraph', 'TwiceP', '<w:dstrike/>') +
      style('character', 'Twice', '<w:dstrike/>')
    const body =
      paragraph(styled('12', 'Hidden') + run('9'), 'HiddenP') +
      paragraph(styled('34', 'Struck') + run('9'), 'StruckP') +
      paragraph(styled('9', 'Twice') + run('9') + run('56'), 'TwiceP') +
      paragraph(run('78'))
    expect(linesOf(body, styles)).toEqual([['12'], ['34'], ['78']])
  })

  it('a style that sets vanish off toggles nothing; within w:basedOn the nearest style decides', () => {
    const styles =
      style('paragraph', 'HiddenP', '<w:vanish/>') +
      style('character', 'Off', '<w:vanish w:val="0"/>') +
      style('character', 'Hidden', '<w:vanish/>') +
      style('character', 'Unhidden', '<w:vanish w:val="0"/>', 'Hidden')
    const body =
      paragraph(styled('9', 'Off') + run('9'), 'HiddenP') + paragraph(styled('5', 'Unhidden') + run('1'))
    expect(linesOf(body, styles)).toEqual([['51']])
  })

  it('applies the document defaults, which a hiding style toggles back', () => {
    const styles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>' +
      style('character', 'Hidden', '<w:vanish/>')
    const body = paragraph(run('9') + styled('42', 'Hidden') + run('6', '<w:vanish w:val="0"/>'))
    expect(linesOf(body, styles)).toEqual([['426']])
  })

  it('applies the default paragraph and character styles to paragraphs and runs that name none or an unknown one', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:strike/></w:rPr></w:style>' +
      style('paragraph', 'Plain', '')
    const body =
      paragraph(run('9')) +
      paragraph(run('8'), 'Missing') +
      paragraph(run('5') + styled('7', 'Missing'), 'Plain')
    expect(linesOf(body, styles)).toEqual([['57']])
  })

  it('applies a table’s style, or the default table style, to the text of its cells only', () => {
    const styles =
      style('table', 'StruckTable', '<w:strike/>') +
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:rPr><w:vanish/></w:rPr></w:style>'
    const cell = (runs: string) => `<w:tc>${paragraph(runs)}</w:tc>`
    const table = (properties: string, cells: string[]) =>
      `<w:tbl><w:tblPr>${properties}</w:tblPr><w:tr>${cells.map(cell).join('')}</w:tr></w:tbl>`
    const struck = '<w:tblStyle w:val="StruckTable"/>'
    const body =
      table(struck, [run('行政许可', '<w:strike w:val="0"/>'), run('9')]) +
      table('', [run('8'), run('行政处罚', '<w:vanish w:val="0"/>')]) +
      paragraph(run('正文'))
    // A cell whose text is not shown stays a cell of its row, so the columns keep their places.
    expect(linesOf(body, styles)).toEqual([['行政许可', ''], ['', '行政处罚'], ['正文']])
  })

  it('brackets digits a character style raises, as it does raised runs', () => {
    const styles = style('character', 'NoteMark', '<w:vertAlign w:val="superscript"/>')
    expect(linesOf(paragraph(run('1436') + styled('1', 'NoteMark')), styles)).toEqual([['1436[1]']])
  })

  it('brackets a mark a character style lowers as subscript or raises by w:position', () => {
    const styles =
      style('character', 'SubNote', '<w:vertAlign w:val="subscript"/>') +
      style('character', 'RaisedNote', '<w:position w:val="6"/>') +
      style('character', 'Level', '<w:position w:val="0"/>', 'RaisedNote')
    const body =
      paragraph(run('57') + styled('3', 'SubNote')) +
      paragraph(run('12.5') + styled('6', 'RaisedNote')) +
      paragraph(run('12') + styled('0', 'Level'))
    expect(linesOf(body, styles)).toEqual([['57[3]'], ['12.5[6]'], ['120']])
  })

  it('reads text marked hidden only in web layout (w:webHidden) or with w:specVanish', () => {
    const styles = style('character', 'Web', '<w:webHidden/>')
    const body = paragraph(run('14', '<w:webHidden/>') + run('3', '<w:specVanish/>') + styled('6', 'Web'))
    expect(linesOf(body, styles)).toEqual([['1436']])
  })

  it('finds the style sheet through the document’s relationships, wherever it is stored', () => {
    const styles = style('character', 'Hidden', '<w:vanish/>')
    const body = paragraph(styled('9', 'Hidden') + run('166'))
    expect(linesOf(body, styles, 'word/customStyles.xml')).toEqual([['166']])
  })

  it('ends a w:basedOn cycle instead of following it', () => {
    const styles = style('character', 'A', '<w:strike/>', 'B') + style('character', 'B', '', 'A')
    const body = paragraph(styled('9', 'B') + styled('1', 'A') + run('2'))
    expect(linesOf(body, styles)).toEqual([['2']])
  })

  it('cuts a w:basedOn cycle at its first style, whichever style a run names first', () => {
    const styles = style('character', 'A', '', 'B') + style('character', 'B', '<w:strike/>', 'A')
    const bFirst = paragraph(styled('9', 'B') + styled('1', 'A') + run('2'))
    const aFirst = paragraph(styled('1', 'A') + styled('9', 'B') + run('2'))
    expect(linesOf(bFirst, styles)).toEqual([['12']])
    expect(linesOf(aFirst, styles)).toEqual([['12']])
  })
})

describe('readStyleSheet', () => {
  it('without a style sheet, only the run’s own properties count', () => {
    const sheet = readStyleSheet(undefined)
    const properties = parseXml('<w:rPr><w:rStyle w:val="Hidden"/><w:strike/></w:rPr>').children[0]
    expect(typeof properties === 'string' ? undefined : sheet.runFormatting(properties, {})).toEqual({
      vanish: false,
      strike: true,
      dstrike: false,
      superOrSubscript: false,
      white: false,
      shaded: false,
      highlighted: false,
      position: 0,
    })
  })
})

describe('the generated fixtures whose styles hide or strike digits', () => {
  const fixtures = generatedFixtures('docx').filter(({ expected }) => expected.file.includes('.style-'))

  it('are the four styledDocx.ts writes', () => {
    expect(fixtures.map(({ expected }) => expected.file).sort()).toEqual([
      '900_designed_nonzero.style-hidden-paragraphs.docx',
      '900_designed_nonzero.style-hidden-runs.docx',
      '900_designed_nonzero.style-struck-runs.docx',
      '900_designed_nonzero.style-vanish-off.docx',
    ])
  })

  // generated.test.ts reads them exactly; this shows that only their styles make that so.
  for (const { path, expected } of fixtures) {
    it(`${expected.file} reads other numbers without its word/styles.xml`, () => {
      const parts = unzipSync(new Uint8Array(readFileSync(path)))
      delete parts['word/styles.xml']
      const read = docxToDocument(expected.file, zipSync(parts))
      if (!read.ok) throw new Error(read.error.message)
      const outcome = readReport(read.doc)
      if (!outcome.ok) throw new Error(outcome.error.message)
      expect(cellValues(outcome.report)).not.toEqual(expected.cells)
    })
  }
})
