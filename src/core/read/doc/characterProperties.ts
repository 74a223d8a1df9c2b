/**
 * Which characters are not shown ([MS-DOC] 2.8.1 PlcBteChpx, 2.9.33 ChpxFkp, 2.6.1 character sprms):
 * text deleted with tracked changes and not yet accepted, hidden text and struck-through text
 * (characterToggles.ts), set on the run itself (its CHPX) or by its paragraph's or character style
 * (styleSheet.ts). An editor's old value stays in the file beside the new one ("1346" deleted, "1436"
 * inserted), and reading both gives 13461436.
 */
import { u8 } from './bytes'
import {
  applyOperands,
  isConcealed,
  readCharacterSprms,
  SHOWN,
  type CharacterSprms,
  type Concealment,
} from './characterToggles'
import type { FcLcb } from './fib'
import type { FormattedRuns } from './formattedRuns'
import { fkpRuns, readFormattedRuns, type FormattedRun } from './formattedRuns'
import type { StyleSheet } from './styleSheet'

type CharacterRun = FormattedRun & CharacterSprms

/** The style and shading of the paragraph holding the character at a file position (ParagraphIndex). */
export interface ParagraphStyleLookup {
  at(fc: number): { istd: number; shaded: boolean } | undefined
}

/** The entry of a run in a ChpxFkp: the offset byte alone. */
const CHPX_ENTRY_SIZE = 1

/** Adds the runs of one ChpxFkp page that set a concealing property or a character style. */
function readFkp(stream: Uint8Array, page: number, into: CharacterRun[]): void {
  for (const { fcStart, fcEnd, properties: chpx, pageEnd } of fkpRuns(stream, page, CHPX_ENTRY_SIZE)) {
    if (chpx === undefined) continue
    const end = Math.min(chpx + 1 + u8(stream, chpx), pageEnd)
    const sprms = readCharacterSprms(stream, chpx + 1, end)
    if (sprms.istd !== undefined || sprms.position !== undefined || Object.keys(sprms.operands).length > 0) {
      into.push({ fcStart, fcEnd, ...sprms })
    }
  }
}

/** Looks up whether the character stored at a file position is shown. */
export class CharacterIndex {
  private constructor(
    private readonly runs: FormattedRuns<CharacterRun> | undefined,
    private readonly styles: StyleSheet | undefined,
    private readonly paragraphs: ParagraphStyleLookup | undefined,
  ) {}

  /**
   * Undefined when the document shows all its text. Without a style sheet, a toggle relative to the
   * style (0x80, 0x81) is taken as if the style showed the text.
   */
  static read(
    stream: Uint8Array,
    table: Uint8Array,
    plcf: FcLcb,
    styles: StyleSheet | undefined,
    paragraphs: ParagraphStyleLookup | undefined,
  ): CharacterIndex | undefined {
    const runs = readFormattedRuns<CharacterRun>(table, plcf, (page, into) => readFkp(stream, page, into))
    if (runs === undefined && styles === undefined) return undefined
    return new CharacterIndex(runs, styles, paragraphs)
  }

  concealed(fc: number): boolean {
    return isConcealed(this.properties(fc))
  }

  /** Whether the character at `fc` is shown as superscript or subscript. */
  raised(fc: number): boolean {
    return this.properties(fc).superOrSubscript
  }

  /**
   * Whether the character at `fc` is white with nothing painted behind it by its run (shading, highlight)
   * or its paragraph (its shading or its style's). Without the paragraph index what lies behind is not
   * known, and the text counts as shown.
   */
  whiteUnpainted(fc: number): boolean {
    const properties = this.properties(fc)
    if (!properties.white || properties.shaded || properties.highlighted) return false
    const paragraph = this.paragraphs?.at(fc)
    if (paragraph === undefined || paragraph.shaded) return false
    return this.styles?.paragraphShaded(paragraph.istd) !== true
  }

  /** How far the character at `fc` is raised (negative: lowered) from the baseline, in half-points. */
  position(fc: number): number {
    const run = this.runs?.at(fc)
    if (run?.position !== undefined) return run.position
    return this.styles?.position(this.paragraphs?.at(fc)?.istd ?? 0, run?.istd) ?? 0
  }

  private properties(fc: number): Concealment {
    const run = this.runs?.at(fc)
    const style = this.styles?.concealment(this.paragraphs?.at(fc)?.istd ?? 0, run?.istd) ?? SHOWN
    return run === undefined ? style : applyOperands(run.operands, style)
  }
}
