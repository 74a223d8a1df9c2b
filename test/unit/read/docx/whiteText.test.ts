/**
 * White text (w:color FFFFFF) in a .docx: unseen on the white page, so not read, an anti-copy trick's
 * digits beside a number; shown over shading or a highlight, on the run, its paragraph, its cell, row or
 * table, by a style or directly, and over a page colour or a text box, whose fill is not read.
 */
import { readFileSync } from 'node:fs'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { lineCells } from '../../../../src/core/model/lineCells'
import { docxToDocument } from '../../../../src/core/read/docx/docxToDocument'
import { generatedFixtures } from './expectedReports'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles'
const encode = (text: string) => new TextEncoder().encode(text)

function linesOf(body: string, styles = '', background = ''): (readonly string[])[] {
  const bytes = zipSync({
    '[Content_Types].xml': encode('<Types/>'),
    'word/_rels/document.xml.rels': encode(
      `<Relationships><Relationship Id="rId1" Type="${STYLES_TYPE}" Target="styles.xml"/></Relationships>`,
    ),
    'word/document.xml': encode(
      `<w:document ${W}>${background}<w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    'word/styles.xml': encode(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`),
  })
  const read = docxToDocument('t.docx', bytes)
  if (!read.ok) throw new Error(read.error.message)
  return read.doc.lines.map(lineCells)
}

const WHITE = '<w:color w:val="FFFFFF"/>'
const shading = (fill: string, pattern = 'clear') =>
  `<w:shd w:val="${pattern}" w:color="auto" w:fill="${fill}"/>`
const run = (text: string, properties = '') => `<w:r><w:rPr>${properties}</w:rPr><w:t>${text}</w:t></w:r>`
/** "9" in white before 1436, in a paragraph with `paragraphProperties`. */
const marked = (paragraphProperties = '', white = WHITE) =>
  `<w:p><w:pPr>${paragraphProperties}</w:pPr>${run('9', white)}${run('1436')}</w:p>`
const table = (cell: string, tableProperties = '', cellProperties = '') =>
  `<w:tbl><w:tblPr>${tableProperties}</w:tblPr><w:tr><w:tc><w:tcPr>${cellProperties}</w:tcPr>${cell}</w:tc>` +
  `<w:tc><w:p>${run('行政许可')}</w:p></w:tc></w:tr></w:tbl>`
const style = (type: string, id: string, properties: string) =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${properties}</w:style>`

describe('white text in a .docx', () => {
  it('is not read where nothing is painted behind it', () => {
    const themed = '<w:color w:val="FFFFFF" w:themeColor="background1"/>'
    expect(
      linesOf(marked() + marked('', themed) + marked(shading('FFFFFF')) + marked(shading('auto'))),
    ).toEqual([['1436'], ['1436'], ['1436'], ['1436']])
    // In a cell shaded white or not at all.
    expect(linesOf(table(marked(), '', shading('FFFFFF')) + table(marked()))).toEqual([
      ['1436', '行政许可'],
      ['1436', '行政许可'],
    ])
  })

  it('is not read when its character or paragraph style makes it white', () => {
    const styles =
      style('character', 'White', `<w:rPr>${WHITE}</w:rPr>`) +
      style('paragraph', 'WhiteText', `<w:rPr>${WHITE}</w:rPr>`)
    const body =
      `<w:p>${run('9', '<w:rStyle w:val="White"/>')}${run('1436')}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="WhiteText"/></w:pPr>${run('9')}${run('1436', '<w:color w:val="000000"/>')}</w:p>`
    expect(linesOf(body, styles)).toEqual([['1436'], ['1436']])
  })

  it('is read over shading of its run, paragraph, cell, row or table, or a highlight', () => {
    const body =
      `<w:p>${run('91436', WHITE + shading('000000'))}</w:p>` +
      `<w:p>${run('91436', WHITE + '<w:highlight w:val="darkBlue"/>')}</w:p>` +
      marked(shading('000000')) +
      // A pattern draws its own colour over the fill.
      marked(shading('auto', 'pct50')) +
      table(marked(), '', shading('1F4E79')) +
      table(marked(), shading('1F4E79'))
    expect(linesOf(body)).toEqual([
      ['91436'],
      ['91436'],
      ['91436'],
      ['91436'],
      ['91436', '行政许可'],
      ['91436', '行政许可'],
    ])
  })

  it('is read where a style shades what lies behind it, or a page colour or a text box may', () => {
    const styles =
      style('paragraph', 'Dark', `<w:pPr>${shading('000000')}</w:pPr>`) +
      style(
        'table',
        'Banded',
        `<w:tblStylePr w:type="firstRow"><w:tcPr>${shading('4472C4')}</w:tcPr></w:tblStylePr>`,
      )
    const body = marked('<w:pStyle w:val="Dark"/>') + table(marked(), '<w:tblStyle w:val="Banded"/>')
    expect(linesOf(body, styles)).toEqual([['91436'], ['91436', '行政许可']])
    expect(linesOf(marked(), '', '<w:background w:color="1F4E79"/>')).toEqual([['91436']])
    const textBox = `<w:p><w:r><w:pict><w:txbxContent>${marked()}</w:txbxContent></w:pict></w:r></w:p>`
    expect(linesOf(textBox)).toEqual([['91436']])
  })
})

/** Rows of one cell each holding `marked()`, in a table of `tableProperties`. */
const rowsTable = (
  rows: number,
  tableProperties: string,
  cellProperties: (row: number) => string = () => '',
) =>
  `<w:tbl><w:tblPr>${tableProperties}</w:tblPr>` +
  Array.from(
    { length: rows },
    (_, row) => `<w:tr><w:tc><w:tcPr>${cellProperties(row)}</w:tcPr>${marked()}</w:tc></w:tr>`,
  ).join('') +
  '</w:tbl>'
const part = (type: string, content: string) => `<w:tblStylePr w:type="${type}">${content}</w:tblStylePr>`
/** Word's "Grid Table 4": the header row white on the accent colour, the first band of rows tinted. */
const GRID_TABLE =
  style(
    'table',
    'Grid',
    part('firstRow', `<w:rPr>${WHITE}</w:rPr><w:tcPr>${shading('4472C4')}</w:tcPr>`) +
      part('band1Horz', `<w:tcPr>${shading('D9E2F3')}</w:tcPr>`),
  ) + style('table', 'Derived', '<w:basedOn w:val="Grid"/>')
const look = (attributes: string) => `<w:tblLook ${attributes}/>`

/** A paragraph holding a text box, `shape` wrapping its content (`{}` where the content goes). */
const boxed = (shape: string) =>
  `<w:p><w:r>${shape.replace('{}', `<w:txbxContent>${marked()}</w:txbxContent>`)}</w:r></w:p>`
const vml = (attributes: string, fill = '') =>
  boxed(`<w:pict><v:shape ${attributes}>${fill}<v:textbox>{}</v:textbox></v:shape></w:pict>`)
const drawing = (properties: string, style = '') =>
  boxed(
    `<w:drawing><wps:wsp><wps:spPr>${properties}</wps:spPr>${style}<wps:txbx>{}</wps:txbx></wps:wsp></w:drawing>`,
  )

describe('white text in a text box', () => {
  it('is not read on the box’s white fill, Word’s default, nor where a box without fill shows the page', () => {
    const white = [
      vml('type="#_x0000_t202"'),
      vml('fillcolor="#FFFFFF [3212]"'),
      vml('fillcolor="#1F3864"', '<v:fill on="f"/>'),
      drawing('<a:solidFill><a:schemeClr val="lt1"/></a:solidFill>'),
      drawing('<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'),
      drawing('<a:noFill/>'),
      drawing('', '<wps:style><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef></wps:style>'),
    ]
    expect(linesOf(white.join(''))).toEqual(white.map(() => ['1436']))
  })

  it('is read on a box filled in a colour, a gradient or a colour made darker, or over its cell’s shading', () => {
    const shown = [
      vml('fillcolor="#1F3864"'),
      vml('filled="t"', '<v:fill type="gradient" color="white"/>'),
      drawing('<a:solidFill><a:srgbClr val="1F3864"/></a:solidFill>'),
      drawing('<a:solidFill><a:schemeClr val="bg1"><a:lumMod val="50000"/></a:schemeClr></a:solidFill>'),
      drawing('<a:gradFill/>'),
      drawing('', '<wps:style><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef></wps:style>'),
    ]
    expect(linesOf(shown.join(''))).toEqual(shown.map(() => ['91436']))
    expect(linesOf(table(drawing('<a:noFill/>'), '', shading('1F4E79')))).toEqual([['91436', '行政许可']])
  })
})

describe('white text in a table of a table style', () => {
  it('is read in the cells its style shades, as its table’s w:tblLook applies the style’s parts', () => {
    // Header row shaded, then bands: shaded, not shaded, shaded.
    const banded = rowsTable(4, '<w:tblStyle w:val="Grid"/>' + look('w:firstRow="1" w:noHBand="0"'))
    expect(linesOf(banded, GRID_TABLE)).toEqual([['91436'], ['91436'], ['1436'], ['91436']])
    // Bands turned off (in the attributes, or the w:val bits of Word 2007), the header row turned off.
    const unbanded = rowsTable(3, '<w:tblStyle w:val="Grid"/>' + look('w:firstRow="1" w:noHBand="1"'))
    expect(linesOf(unbanded, GRID_TABLE)).toEqual([['91436'], ['1436'], ['1436']])
    const bits = rowsTable(2, '<w:tblStyle w:val="Grid"/>' + look('w:val="0620"'))
    expect(linesOf(bits, GRID_TABLE)).toEqual([['91436'], ['1436']])
    // Bands of two rows, by the table's own w:tblStyleRowBandSize.
    const wide = rowsTable(
      5,
      '<w:tblStyle w:val="Grid"/><w:tblStyleRowBandSize w:val="2"/>' + look('w:val="04A0"'),
    )
    expect(linesOf(wide, GRID_TABLE)).toEqual([['91436'], ['91436'], ['91436'], ['1436'], ['1436']])
    const headless = rowsTable(2, '<w:tblStyle w:val="Grid"/>' + look('w:firstRow="0" w:noHBand="0"'))
    expect(linesOf(headless, GRID_TABLE)).toEqual([['91436'], ['1436']])
  })

  it('is read by what its cell, its style along w:basedOn, its row and its table fill, the topmost deciding', () => {
    const derived = rowsTable(3, '<w:tblStyle w:val="Derived"/>' + look('w:val="04A0"'), (row) =>
      // The header's own white fill covers the style's, under the text its style makes white; an
      // automatic fill shows the band's.
      row === 0 ? shading('FFFFFF') : row === 1 ? shading('auto') : '',
    )
    expect(linesOf(derived, GRID_TABLE)).toEqual([['91436'], ['1436']])
    // The table's own shading lies behind the cells the style does not shade.
    const shaded = rowsTable(3, '<w:tblStyle w:val="Grid"/>' + shading('000000') + look('w:val="04A0"'))
    expect(linesOf(shaded, GRID_TABLE)).toEqual([['91436'], ['91436'], ['91436']])
  })

  it('is not read where its style makes it white on nothing painted', () => {
    const styles = style(
      'table',
      'WhiteHeader',
      part('firstRow', `<w:rPr>${WHITE}</w:rPr>`) +
        part('band2Horz', `<w:tcPr>${shading('000000')}</w:tcPr>`),
    )
    const body =
      '<w:tbl><w:tblPr><w:tblStyle w:val="WhiteHeader"/><w:tblLook w:val="04A0"/></w:tblPr>' +
      ['标题', '甲', '乙']
        .map(
          (label) =>
            `<w:tr><w:tc><w:p>${run(label)}</w:p></w:tc><w:tc><w:p>${run('1436')}</w:p></w:tc></w:tr>`,
        )
        .join('') +
      '</w:tbl>'
    // The header row's text is white on the white page: Word shows the row empty.
    expect(linesOf(body, styles)).toEqual([
      ['', ''],
      ['甲', '1436'],
      ['乙', '1436'],
    ])
  })
})

describe('the generated report with white digits', () => {
  it('reads the designed report’s values where the digits were slipped in', () => {
    const fixture = generatedFixtures('docx').find((candidate) =>
      candidate.expected.file.includes('.white-digits.'),
    )!
    const read = docxToDocument(fixture.expected.file, new Uint8Array(readFileSync(fixture.path)))
    if (!read.ok) throw new Error(read.error.message)
    const lines = read.doc.lines.map(lineCells)
    const last = (label: string) => lines.find((cells) => cells[0]?.startsWith(label))?.at(-1)
    expect(last('行政许可')).toBe('1436')
    expect(last('行政处罚')).toBe('287')
    expect(last('行政强制')).toBe('12')
    // White over a highlight and a paragraph's shading shows.
    expect(last('(二)部分公开')).toBe('12')
    expect(last('二、上年结转')).toBe('6')
  })
})
