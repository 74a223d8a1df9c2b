/**
 * Lines of a Word document as they are read character by character (binary .doc, RTF): paragraphs,
 * and table rows of cells, where a cell may hold several paragraphs. Tab stops in a paragraph separate
 * cells, as in the docx and text readers. White text in a cell waits for the row's end, where binary Word
 * stores the cells' shading: it shows on a shaded cell and is dropped on an unshaded one.
 */
import type { SourceLine } from '../../model/report'
import { collapseSpaces } from '../../text/normalize'

/** Noncharacters, never in a document's text, around white text until its cell's shading is known. */
const WHITE_START = '\ufdd0'
const WHITE_END = '\ufdd1'
const WHITE_TEXT = /\ufdd0[^\ufdd1]*\ufdd1/g
const WHITE_MARKS = /[\ufdd0\ufdd1]/g

/** A cell's text with its white text kept (`shown`) or dropped. */
function resolveWhite(text: string, shown: boolean): string {
  return shown ? text.replace(WHITE_MARKS, '') : text.replace(WHITE_TEXT, '')
}

export class LineBuilder {
  readonly lines: SourceLine[] = []
  private text = ''
  private cellParts: string[] = []
  private rowCells: string[] = []

  add(code: number): void {
    this.text += String.fromCharCode(code)
  }

  addText(text: string): void {
    this.text += text
  }

  /** White text in a table cell, shown only if the cell is shaded (endRow). */
  addWhite(text: string): void {
    this.text += `${WHITE_START}${text}${WHITE_END}`
  }

  /** A paragraph outside any table. */
  endParagraph(): void {
    for (const line of resolveWhite(this.text, false).split('\n')) {
      const cells = line
        .split('\t')
        .map(collapseSpaces)
        .filter((cell) => cell !== '')
      if (cells.length > 0) this.lines.push({ text: cells.join('\t'), cells })
    }
    this.text = ''
  }

  /** A paragraph inside a cell that is not the cell's last: its text joins the cell. */
  endCellParagraph(): void {
    this.cellParts.push(this.text)
    this.text = ''
  }

  endCell(): void {
    this.cellParts.push(this.text)
    this.rowCells.push(this.cellParts.join(' ').replace(/[\t\n]/g, ' '))
    this.cellParts = []
    this.text = ''
  }

  /** `cellShading[i]`: the i-th cell's shading paints, so its white text shows. */
  endRow(cellShading: readonly boolean[] = []): void {
    // Text on the row mark itself is not cell content (Word keeps it empty).
    this.text = ''
    this.cellParts = []
    const cells = this.rowCells.map((cell, index) =>
      collapseSpaces(resolveWhite(cell, cellShading[index] === true)),
    )
    this.rowCells = []
    if (cells.length > 0) this.lines.push({ text: cells.join('\t'), cells })
  }

  /** Whatever is pending when the text ends (a truncated file). */
  finish(): void {
    if (this.cellParts.length > 0) this.endCell()
    if (this.rowCells.length > 0) this.endRow()
    this.endParagraph()
  }
}
