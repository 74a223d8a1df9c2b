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

function readDoc() {
  const read = docToDocument(fixture.expected.file, new Uint8Array(readFileSync(fixture.path)))
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
