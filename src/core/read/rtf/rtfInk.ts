/**
 * White text in RTF: \cfN names a colour of the colour table ({\colortbl;\red255\green255\blue255;}), and
 * white text on the white page is unseen, an anti-copy trick's digits beside a number (as in the Word
 * readers). It shows over anything painted behind it: the run's background (\chcbpat, \cb, \highlight, a
 * \chshdng pattern), its paragraph's (\cbpat, \shading) or its cell's (\clcbpat, \clshdng, defined with
 * the row before its cells). A background in white, or the automatic colour 0, paints nothing.
 */

/** Character words that paint behind the run, by colour index; a pattern's percentage paints in itself. */
const CHARACTER_FILLS = new Set(['chcbpat', 'cb', 'highlight'])
const CHARACTER_PATTERNS = new Set(['chshdng'])
const PARAGRAPH_FILLS = new Set(['cbpat'])
const PARAGRAPH_PATTERNS = new Set(['shading'])
const CELL_FILLS = new Set(['clcbpat', 'clcbpatraw'])
const CELL_PATTERNS = new Set(['clshdng', 'clshdngraw'])

/** The ink and paint of a group's text, kept with its state. */
export interface Ink {
  white: boolean
  /** The run's background paints. */
  runPainted: boolean
  /** The paragraph's background paints (\pard clears it). */
  paragraphPainted: boolean
}

export const PLAIN_INK: Ink = { white: false, runPainted: false, paragraphPainted: false }

export class RtfColours {
  /** Whether each colour of the table is white; index 0 is the automatic colour. */
  private readonly white: boolean[] = []
  private red = 0
  private green = 0
  private blue = 0
  private defined = false
  /** Whether each cell of the row being defined (\trowd … \cellx) has a background that paints. */
  private cellsDefined: boolean[] = []
  private cellPaints = false
  /** The cells of the row being read, and the cell its text is in. */
  private rowCells: boolean[] = []
  private cell = 0

  /** A control word inside {\colortbl}. */
  tableWord(word: string, parameter: number | undefined): void {
    const value = parameter ?? 0
    if (word === 'red') this.red = value
    else if (word === 'green') this.green = value
    else if (word === 'blue') this.blue = value
    else return
    this.defined = true
  }

  /** A ";" inside {\colortbl}: the colour read so far is the next entry. */
  endEntry(): void {
    this.white.push(this.defined && this.red === 255 && this.green === 255 && this.blue === 255)
    this.red = this.green = this.blue = 0
    this.defined = false
  }

  /** Whether the colour `index` paints a background: it is neither automatic (0) nor white. */
  private paints(index: number | undefined): boolean {
    return index !== undefined && index > 0 && this.white[index] !== true
  }

  /** Applies a control word of the body to `ink`, the row's cell definitions and the cell being read. */
  word(word: string, parameter: number | undefined, ink: Ink): void {
    if (word === 'cf') ink.white = parameter !== undefined && this.white[parameter] === true
    else if (CHARACTER_FILLS.has(word)) ink.runPainted = this.paints(parameter)
    else if (CHARACTER_PATTERNS.has(word)) ink.runPainted = (parameter ?? 0) > 0
    else if (PARAGRAPH_FILLS.has(word)) ink.paragraphPainted = this.paints(parameter)
    else if (PARAGRAPH_PATTERNS.has(word)) ink.paragraphPainted = (parameter ?? 0) > 0
    else if (word === 'pard') ink.paragraphPainted = false
    else if (word === 'plain') {
      ink.white = false
      ink.runPainted = false
    } else if (word === 'trowd') {
      this.cellsDefined = []
      this.cellPaints = false
      this.cell = 0
    } else if (CELL_FILLS.has(word)) this.cellPaints ||= this.paints(parameter)
    else if (CELL_PATTERNS.has(word)) this.cellPaints ||= (parameter ?? 0) > 0
    else if (word === 'cellx') {
      this.cellsDefined.push(this.cellPaints)
      this.cellPaints = false
      this.rowCells = this.cellsDefined
    } else if (word === 'cell') this.cell++
    else if (word === 'row') this.cell = 0
  }

  /** Whether text in `ink` is white on the white page, in a table cell when `inTable`. */
  unseen(ink: Ink, inTable: boolean): boolean {
    if (!ink.white || ink.runPainted || ink.paragraphPainted) return false
    return !(inTable && this.rowCells[this.cell] === true)
  }
}
