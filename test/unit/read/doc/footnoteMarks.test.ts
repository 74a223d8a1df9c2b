import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cellValues } from '../../../../src/core/model/report'
import { lineCells } from '../../../../src/core/model/lineCells'
import { docToDocument } from '../../../../src/core/read/doc/docToDocument'
import { readReport } from '../../../../src/core/readReport'
import { generatedFixtures } from '../docx/expectedReports'

/** LibreOffice's .doc of a report with superscript footnote marks typed after four numbers. */
const fixture = generatedFixtures('doc').find((candidate) =>
  candidate.expected.file.includes('.footnote-marks.'),
)!
/** The same with marks lowered as subscript or shifted by their character position. */
const offBaseline = generatedFixtures('doc').find((candidate) =>
  candidate.expected.file.includes('.off-baseline-marks.'),
)!

function readDoc(which = fixture) {
  const read = docToDocument(which.expected.file, new Uint8Array(readFileSync(which.path)))
  if (!read.ok) throw new Error(read.error.message)
  return read.doc
}

describe('.doc superscript footnote marks after numbers', () => {
  it('reads every cell as the report shows it', () => {
    const outcome = readReport(readDoc())
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(cellValues(outcome.report)).toEqual(fixture.expected.cells)
  })

  it('keeps the marks apart from the numbers, raised by the run or by its character style', () => {
    const lines = readDoc().lines.map(lineCells)
    expect(lines.find((cells) => cells[0] === '行政许可')?.at(-1)).toBe('1436[1]')
    // 57 is followed by a mark of the character style 脚注标记: only the style sheet raises it.
    expect(lines.find((cells) => cells[1] === '(一)予以公开')?.at(-1)).toBe('57[3]')
  })
})

describe('.doc footnote marks set off the baseline otherwise than as superscript', () => {
  it('keeps subscript marks and marks shifted by sprmCHpsPos apart from the numbers', () => {
    const lines = readDoc(offBaseline).lines.map(lineCells)
    const last = (label: string, column = 0) => lines.find((cells) => cells[column] === label)?.at(-1)
    // Subscript on the run (sprmCIss 2), raised by the character style 上移注释 (w:position 6).
    expect(last('行政许可')).toBe('1436[1]')
    expect(last('行政事业性收费')).toBe('12.5[6]')
    // A value lowered as a whole is no mark; its row's other cells are unchanged.
    expect(last('行政处罚')).toBe('287')
    expect(last('(一)予以公开', 1)).toBe('57[3]')
  })
})
