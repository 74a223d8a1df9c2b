/**
 * Theme colours in a .docx: text and fills given as colours of the document's theme (w:themeColor,
 * w:themeFill) are drawn in the theme's colour, mapped by w:clrSchemeMapping and made lighter or darker by
 * w:themeTint / w:themeShade, whatever copy is written beside them; white text is unseen where that colour
 * is white and nothing else is painted behind it.
 */
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { lineCells } from '../../../../src/core/model/lineCells'
import { docxToDocument } from '../../../../src/core/read/docx/docxToDocument'
import { tintedColour } from '../../../../src/core/read/docx/themeColours'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const encode = (text: string) => new TextEncoder().encode(text)

/** A package with `body`, a theme whose a:clrScheme holds `scheme` (if given) and `mapping` in its settings. */
function linesOf(body: string, scheme?: string, mapping = ''): (readonly string[])[] {
  const bytes = zipSync({
    '[Content_Types].xml': encode('<Types/>'),
    'word/_rels/document.xml.rels': encode(
      `<Relationships><Relationship Id="rId1" Type="${RELATIONSHIPS}/theme" Target="theme/theme1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELATIONSHIPS}/settings" Target="settings.xml"/></Relationships>`,
    ),
    'word/document.xml': encode(`<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    'word/settings.xml': encode(`<w:settings ${W}>${mapping}</w:settings>`),
    ...(scheme === undefined
      ? {}
      : {
          'word/theme/theme1.xml': encode(
            `<a:theme ${A}><a:themeElements><a:clrScheme name="t">${scheme}</a:clrScheme></a:themeElements></a:theme>`,
          ),
        }),
  })
  const read = docxToDocument('t.docx', bytes)
  if (!read.ok) throw new Error(read.error.message)
  return read.doc.lines.map(lineCells)
}

const slot = (name: string, colour: string) => `<a:${name}><a:srgbClr val="${colour}"/></a:${name}>`
/** A paragraph: "9" in `colour` (the attributes of a w:color) before 1436, in a cell of `fill` if given. */
const marked = (colour: string) =>
  `<w:p><w:r><w:rPr><w:color ${colour}/></w:rPr><w:t>9</w:t></w:r><w:r><w:t>1436</w:t></w:r></w:p>`
const inCell = (shading: string, paragraph: string) =>
  `<w:tbl><w:tr><w:tc><w:tcPr>${shading}</w:tcPr>${paragraph}</w:tc><w:tc><w:p><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`

describe('theme colours in a .docx', () => {
  it('draws text in the theme’s colour, not the copy written beside it', () => {
    const scheme = slot('lt2', 'FFFFFF') + slot('dk2', '1F3864')
    const body =
      marked('w:val="E7E6E6" w:themeColor="background2"') + marked('w:val="FFFFFF" w:themeColor="text2"')
    expect(linesOf(body, scheme)).toEqual([['1436'], ['91436']])
    // Without a theme part, Word's default Office theme: Background 2 is light grey, Text 2 blue-grey.
    expect(linesOf(body)).toEqual([['91436'], ['91436']])
  })

  it('maps the theme colour names by w:clrSchemeMapping and makes them lighter or darker', () => {
    const scheme = slot('dk1', '000000') + slot('lt1', 'FFFFFF')
    const swapped = '<w:clrSchemeMapping w:bg1="dark1" w:t1="light1"/>'
    const body =
      marked('w:val="FFFFFF" w:themeColor="background1"') + marked('w:val="000000" w:themeColor="text1"')
    expect(linesOf(body, scheme, swapped)).toEqual([['91436'], ['1436']])
    const shades =
      marked('w:val="FFFFFF" w:themeColor="background1" w:themeTint="99"') +
      marked('w:val="FFFFFF" w:themeColor="background1" w:themeShade="80"')
    expect(linesOf(shades, scheme)).toEqual([['1436'], ['91436']])
  })

  it('fills a cell by w:themeFill, with or without a copy in w:fill', () => {
    const white = '<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>1436</w:t></w:r></w:p>'
    const body =
      inCell('<w:shd w:val="clear" w:color="auto" w:themeFill="text2"/>', white) +
      inCell('<w:shd w:val="clear" w:color="auto" w:themeFill="background1" w:themeFillShade="80"/>', white) +
      inCell('<w:shd w:val="clear" w:color="auto" w:fill="1F3864" w:themeFill="background1"/>', white)
    expect(linesOf(body, slot('dk2', '1F3864'))).toEqual([
      ['1436', '行政许可'],
      ['1436', '行政许可'],
      ['', '行政许可'],
    ])
  })

  it('makes a colour lighter or darker in HSL, as Word does', () => {
    // "White, Background 1, Darker 50%", "Black, Text 1, Lighter 50%" and a tint of white.
    expect(tintedColour('FFFFFF', undefined, '80')).toBe('808080')
    expect(tintedColour('000000', '80')).toBe('7F7F7F')
    expect(tintedColour('FFFFFF', '33')).toBe('FFFFFF')
    expect(tintedColour('4472C4')).toBe('4472C4')
  })
})
