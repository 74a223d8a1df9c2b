/**
 * White text in LibreOffice's .doc of the white-digits report: sprmCIco 8 and sprmCCv FFFFFF on the wrong
 * digits' runs (or in the character style 白色数字), which are unseen on the white page; the whole value in
 * white over a highlight (sprmCHighlight), the run's shading (sprmCShd), the paragraph's (sprmPShd) or the
 * cell's (sprmTDefTableShd on the row's end) is seen.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lineCells } from '../../../../src/core/model/lineCells'
import { docToDocument } from '../../../../src/core/read/doc/docToDocument'
import { generatedFixtures } from '../docx/expectedReports'

const fixture = generatedFixtures('doc').find((candidate) =>
  candidate.expected.file.includes('.white-digits.'),
)!

describe('.doc white text', () => {
  it('reads the values Word shows: white digits on white dropped, white values on dark kept', () => {
    const read = docToDocument(fixture.expected.file, new Uint8Array(readFileSync(fixture.path)))
    if (!read.ok) throw new Error(read.error.message)
    const lines = read.doc.lines.map(lineCells)
    const last = (label: string) =>
      lines.find((cells) => cells.some((cell) => cell.startsWith(label)))?.at(-1)
    // White on the run, by the background theme colour, in a cell shaded white.
    expect(last('行政许可')).toBe('1436')
    expect(last('行政强制')).toBe('12')
    expect(last('(七)总计')).toBe('168')
    // The 46 followed by a 0 in 白色数字 (the style sheet makes it white).
    expect(lines.find((cells) => cells[1] === '(一)予以公开')?.[2]).toBe('46')
    // White over a highlight and over the paragraph's shading.
    expect(last('(二)部分公开')).toBe('12')
    expect(last('二、上年结转')).toBe('6')
  })
})
