/**
 * The shown characters of a binary Word paragraph or cell, written with its footnote marks bracketed
 * ("1436[1]"), which the number reader drops with a notice instead of running them into the number (14361):
 * superscript or subscript text, and a short mark after a number that the character position
 * (sprmCHpsPos) raises or lowers against it. Text at another position that is no such mark is written as it
 * is, and its position becomes the line's baseline.
 */
import { bracketRaised, isShiftedMark } from '../raisedText'

/** Enough of the text before a mark to see whether it ends in a number. */
const BEFORE_LENGTH = 8

export class MarkedText {
  /** Superscript or subscript text met since the last other character. */
  private raised = ''
  /** Text off the baseline, whose end decides whether it is a mark, and its position. */
  private shifted = ''
  private shiftedPosition = 0
  /** The position of the last text written as text; undefined at the start of a paragraph or cell. */
  private baseline: number | undefined
  private before = ''

  constructor(private readonly write: (text: string) => void) {}

  /** A shown character, `raised` when superscript or subscript, at `position` half-points off the line. */
  add(char: string, position: number, raised: boolean): void {
    if (raised) {
      this.endShifted()
      this.raised += char
      return
    }
    this.endRaised()
    if (this.shifted !== '' && position !== this.shiftedPosition) this.endShifted()
    if (this.baseline !== undefined && position !== this.baseline) {
      this.shifted += char
      this.shiftedPosition = position
    } else this.written(char, position)
  }

  /** Before any character that is not shown text (a tab, a break, a field mark, hidden text). */
  flush(): void {
    this.endRaised()
    this.endShifted()
  }

  /** Where a paragraph or a cell ends: the next one has a baseline of its own. */
  end(): void {
    this.flush()
    this.baseline = undefined
    this.before = ''
  }

  private endRaised(): void {
    if (this.raised === '') return
    this.mark(this.raised)
    this.raised = ''
  }

  private endShifted(): void {
    if (this.shifted === '') return
    const text = this.shifted
    this.shifted = ''
    if (isShiftedMark(text, this.before)) this.mark(text)
    else this.written(text, this.shiftedPosition)
  }

  private mark(text: string): void {
    const bracketed = bracketRaised(text)
    this.write(bracketed)
    this.before = (this.before + bracketed).slice(-BEFORE_LENGTH)
  }

  private written(text: string, position: number): void {
    this.write(text)
    this.before = (this.before + text).slice(-BEFORE_LENGTH)
    if (text.trim() !== '') this.baseline = position
  }
}
