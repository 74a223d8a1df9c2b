/**
 * Lines of a Word document as they are read character by character (binary .doc, RTF): paragraphs,
 * and table rows of cells, where a cell may hold several paragraphs. Tab stops in a paragraph separate
 * cells, as in the docx and text readers.
 */
import type { SourceLine } from '../../model/report'
import { collapseSpaces } from '../../text/normalize'

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

  /** A paragraph outside any table. */
  endParagraph(): void {
    for (const line of this.text.split('\n')) {
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
    this.rowCells.push(collapseSpaces(this.cellParts.join(' ').replace(/[\t\n]/g, ' ')))
    this.cellParts = []
    this.text = ''
  }

  endRow(): void {
    // Text on the row mark itself is not cell content (Word keeps it empty).
    this.text = ''
    this.cellParts = []
    const cells = this.rowCells
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
