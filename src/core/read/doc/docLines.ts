/**
 * Word binary text → SourceLines. "\r" ends a paragraph and 0x07 ends a table cell or, on the row's
 * terminating paragraph, the row; each row becomes one line of its cells, each other paragraph a line
 * (tab stops separating cells, as in the docx and text readers). Field instructions
 * (0x13 instruction 0x14 result 0x15) are dropped and their results kept, and so is text that is not
 * shown; its paragraph, cell and row marks still count, so a cell of such text stays, empty. A footnote
 * mark (superscript or subscript text, or a short mark raised or lowered after a number) is kept
 * bracketed (markedText.ts), as the .docx reader keeps it ("1436[1]").
 */
import type { SourceLine } from '../../model/report'
import { LineBuilder } from './lineBuilder'
import { MarkedText } from './markedText'
import type { TableFlags } from './paragraphProperties'
import type { StoredChar } from './pieceTable'

const PARAGRAPH_END = 0x0d
const CELL_END = 0x07
const LINE_BREAK = 0x0b
const PAGE_BREAK = 0x0c
const COLUMN_BREAK = 0x0e
const TAB = 0x09
const FIELD_BEGIN = 0x13
const FIELD_SEPARATOR = 0x14
const FIELD_END = 0x15
const NON_BREAKING_HYPHEN = 0x1e
const NOT_IN_TABLE: TableFlags = { inTable: false, rowEnd: false, depth: 0 }
/** Fields nest; deeper nesting than this is damage, not a document. */
const MAX_FIELD_DEPTH = 64

/**
 * Without table flags from the paragraph index, 0x07 right after 0x07 is taken as the row end: exact for
 * rows without blank cells, which is why the index is used whenever the file has one.
 */
function guessedFlags(code: number, previous: number | undefined): TableFlags {
  if (code !== CELL_END) return NOT_IN_TABLE
  return { inTable: true, rowEnd: previous === CELL_END, depth: 1 }
}

/**
 * The table flags of the paragraph a mark at file position `fc` ends, and on a row end which of the row's
 * cells are shaded (ParagraphIndex).
 */
export interface TableFlagLookup {
  at(fc: number): (TableFlags & { cellShading?: readonly boolean[] }) | undefined
}

/**
 * Whether the character at file position `fc` is not shown, or shown small above or below the line, how
 * far it is raised, and whether it is white with nothing painted behind it but, maybe, its cell
 * (CharacterIndex).
 */
export interface ConcealedTextLookup {
  concealed(fc: number): boolean
  raised(fc: number): boolean
  position(fc: number): number
  whiteUnpainted(fc: number): boolean
}

export function docLines(
  chars: Iterable<StoredChar>,
  paragraphs: TableFlagLookup | undefined,
  characters?: ConcealedTextLookup,
): SourceLine[] {
  const builder = new LineBuilder()
  // Per open field: true while in its instruction part.
  const fields: boolean[] = []
  let previous: number | undefined
  const text = new MarkedText((written) => builder.addText(written))
  for (const { code, fc } of chars) {
    const shown = code >= 0x20 && !fields.some((instruction) => instruction)
    if (shown && characters?.concealed(fc) !== true && characters?.whiteUnpainted(fc) === true) {
      // White on the page's white is not seen; in a cell, the cell's shading may show it.
      text.flush()
      if (paragraphs?.at(fc)?.inTable === true) builder.addWhite(String.fromCharCode(code))
      previous = code
      continue
    }
    if (shown && characters?.concealed(fc) !== true) {
      text.add(String.fromCharCode(code), characters?.position(fc) ?? 0, characters?.raised(fc) === true)
      previous = code
      continue
    }
    if (code === PARAGRAPH_END || code === CELL_END || code === PAGE_BREAK || code === COLUMN_BREAK)
      text.end()
    else text.flush()
    if (code === FIELD_BEGIN) {
      if (fields.length < MAX_FIELD_DEPTH) fields.push(true)
    } else if (code === FIELD_SEPARATOR) {
      if (fields.length > 0) fields[fields.length - 1] = false
    } else if (code === FIELD_END) {
      fields.pop()
    } else if (code === PARAGRAPH_END || code === CELL_END) {
      // A 0x07 is a table mark whatever the index says; only its row-end flag can be missing.
      const indexed = paragraphs?.at(fc)
      const flags = indexed?.inTable === true ? indexed : guessedFlags(code, previous)
      if (code === CELL_END && flags.rowEnd) builder.endRow(indexed?.cellShading)
      else if (code === CELL_END) builder.endCell()
      // Nested tables are flattened into the outer cell; a paragraph inside a cell joins the cell.
      else if (flags.inTable) builder.endCellParagraph()
      else builder.endParagraph()
    } else if (fields.some((instruction) => instruction)) {
      // Field instruction text (HYPERLINK "…", PAGE, TOC \o …) is not shown.
    } else if (characters?.concealed(fc) === true) {
      // Deleted, hidden or struck through: breaks and tabs too, since they are not in the text shown.
    } else if (code === LINE_BREAK) builder.add(0x0a)
    else if (code === PAGE_BREAK || code === COLUMN_BREAK) builder.endParagraph()
    else if (code === TAB) builder.add(TAB)
    else if (code === NON_BREAKING_HYPHEN) builder.add(0x2d)
    // Other control characters (object anchors, footnote marks, optional hyphens) are not text.
    previous = code
  }
  text.end()
  builder.finish()
  return builder.lines
}
