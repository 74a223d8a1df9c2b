/**
 * Which characters are not shown ([MS-DOC] 2.8.1 PlcBteChpx, 2.9.33 ChpxFkp, 2.6.1 character sprms):
 * text deleted with tracked changes and not yet accepted (sprmCFRMarkDel), hidden text (sprmCFVanish) and
 * struck-through text (sprmCFStrike, sprmCFDStrike). An editor's old value stays in the file beside the
 * new one ("1346" deleted, "1436" inserted), and reading both gives 13461436.
 */
import { u8 } from './bytes'
import type { FcLcb } from './fib'
import type { FormattedRuns } from './formattedRuns'
import { fkpRuns, readFormattedRuns, type FormattedRun } from './formattedRuns'
import { forEachSprm } from './sprm'

const SPRM_C_F_R_MARK_DEL = 0x0800
const SPRM_C_F_VANISH = 0x083c
const SPRM_C_F_STRIKE = 0x0837
const SPRM_C_F_D_STRIKE = 0x2a53
const CONCEALING = new Set([SPRM_C_F_R_MARK_DEL, SPRM_C_F_VANISH, SPRM_C_F_STRIKE, SPRM_C_F_D_STRIKE])

/** The ToggleOperand value "as the style" ([MS-DOC] ToggleOperand). */
const SAME_AS_STYLE = 0x80

/**
 * Whether a toggle operand switches the property on. 0x80 ("as the style") and 0x81 ("the opposite of the
 * style") are resolved as if the style had the property off: the style sheet is not read, and no style of
 * a report template hides, strikes or deletes its text. So 0x81 drops the run's text, and 0x80 keeps it.
 * Values the format does not define count as on, as any non-zero Bool8 does: a number left unread is
 * flagged, a wrong one is not.
 */
function isOn(operand: number): boolean {
  return operand !== 0 && operand !== SAME_AS_STYLE
}

function isConcealing(bytes: Uint8Array, from: number, to: number): boolean {
  // A later sprm of the same property overrides an earlier one, so each property keeps its last value.
  const properties = new Map<number, boolean>()
  forEachSprm(bytes, from, to, (sprm, operand) => {
    if (CONCEALING.has(sprm)) properties.set(sprm, isOn(u8(bytes, operand)))
  })
  return [...properties.values()].some((on) => on)
}

/** The entry of a run in a ChpxFkp: the offset byte alone. */
const CHPX_ENTRY_SIZE = 1

/** Adds the runs of one ChpxFkp page whose text is not shown. */
function readFkp(stream: Uint8Array, page: number, into: FormattedRun[]): void {
  for (const { fcStart, fcEnd, properties: chpx, pageEnd } of fkpRuns(stream, page, CHPX_ENTRY_SIZE)) {
    if (chpx === undefined) continue
    const end = Math.min(chpx + 1 + u8(stream, chpx), pageEnd)
    if (isConcealing(stream, chpx + 1, end)) into.push({ fcStart, fcEnd })
  }
}

/** Looks up whether the character stored at a file position is shown. */
export class CharacterIndex {
  private constructor(private readonly runs: FormattedRuns<FormattedRun>) {}

  /** Undefined when the document has no readable character index or shows all its text. */
  static read(stream: Uint8Array, table: Uint8Array, plcf: FcLcb): CharacterIndex | undefined {
    const runs = readFormattedRuns<FormattedRun>(table, plcf, (page, into) => readFkp(stream, page, into))
    return runs === undefined ? undefined : new CharacterIndex(runs)
  }

  concealed(fc: number): boolean {
    return this.runs.at(fc) !== undefined
  }
}
