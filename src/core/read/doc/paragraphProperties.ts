/**
 * Which paragraph marks are table cell and row ends, and each paragraph's style ([MS-DOC] 2.9.27
 * PlcBtePapx, 2.9.175 PapxFkp, 2.6.1 Sprm). In binary Word a table is paragraphs flagged "in table": the character 0x07 closes a cell,
 * and the 0x07 whose paragraph carries the "table terminating paragraph" flag closes the row. Without
 * these flags "a\x07\x07" could be an empty cell or a row end; with them the rows are exact. The shading of
 * a paragraph (sprmPShd80, sprmPShd) and of a row's cells (sprmTDefTableShd80, sprmTDefTableShd and its 2nd
 * and 3rd parts, on the row's terminating paragraph) say whether white text shows on them (shading.ts).
 */
import { u16, u32, u8 } from './bytes'
import type { FcLcb } from './fib'
import type { FormattedRuns } from './formattedRuns'
import { fkpRuns, readFormattedRuns, type FormattedRun } from './formattedRuns'
import { SHD_SIZE, shd80Paints, shdPaints } from './shading'
import { forEachSprm } from './sprm'

export interface TableFlags {
  inTable: boolean
  /** The paragraph mark ends a table row (sprmPFTtp), or an inner row (sprmPFInnerTtp). */
  rowEnd: boolean
  /** Table nesting depth (sprmPItap); 1 for an ordinary table. */
  depth: number
}

/** What is painted behind a paragraph's text: its own shading, and on a row end its cells'. */
export interface ParagraphShading {
  shaded: boolean
  /** Per cell of the row a terminating paragraph ends, whether its shading paints; absent: none does. */
  cellShading?: boolean[]
}

/** A paragraph's table flags, shading and paragraph style (the istd its PAPX starts with). */
export interface ParagraphFormatting extends TableFlags, ParagraphShading {
  istd: number
}

type ParagraphFlags = TableFlags & ParagraphShading

type ParagraphRun = FormattedRun & ParagraphFormatting

const SPRM_P_F_IN_TABLE = 0x2416
const SPRM_P_F_TTP = 0x2417
const SPRM_P_F_INNER_TTP = 0x244b
const SPRM_P_ITAP = 0x6649
/** The paragraph's properties are too large for the page and live in the Data stream (PrcData). */
const SPRM_P_HUGE_PAPX = 0x6646
const SPRM_P_SHD80 = 0x442d
const SPRM_P_SHD = 0xc64d
const SPRM_T_DEF_TABLE_SHD80 = 0xd609
/** sprmTDefTableShd and its 2nd and 3rd parts, by the first cell each covers. */
const CELL_SHADING_SPRMS = new Map([
  [0xd612, 0],
  [0xd616, 22],
  [0xd60c, 44],
])

function readGrpprl(
  bytes: Uint8Array,
  from: number,
  to: number,
  data: Uint8Array | undefined,
): ParagraphFlags {
  const flags: ParagraphFlags = { inTable: false, rowEnd: false, depth: 0, shaded: false }
  readSprms(bytes, from, to, flags, data)
  if (flags.inTable && flags.depth === 0) flags.depth = 1
  return flags
}

function readSprms(
  bytes: Uint8Array,
  from: number,
  to: number,
  flags: ParagraphFlags,
  data: Uint8Array | undefined,
): void {
  forEachSprm(bytes, from, to, (sprm, operand) => {
    const firstCell = CELL_SHADING_SPRMS.get(sprm)
    // Each of these operands is a size byte and an array of Shd (Shd80 for sprmTDefTableShd80).
    if (firstCell !== undefined) {
      const cells = (flags.cellShading ??= [])
      const count = Math.floor(u8(bytes, operand) / SHD_SIZE)
      for (let cell = 0; cell < count; cell++)
        cells[firstCell + cell] = shdPaints(bytes, operand + 1 + cell * SHD_SIZE)
    } else if (sprm === SPRM_T_DEF_TABLE_SHD80) {
      const cells = (flags.cellShading ??= [])
      const count = Math.floor(u8(bytes, operand) / 2)
      for (let cell = 0; cell < count; cell++) cells[cell] = shd80Paints(u16(bytes, operand + 1 + cell * 2))
    } else if (sprm === SPRM_P_SHD80) flags.shaded = shd80Paints(u16(bytes, operand))
    else if (sprm === SPRM_P_SHD) flags.shaded = shdPaints(bytes, operand + 1)
    else if (sprm === SPRM_P_F_IN_TABLE) flags.inTable = u8(bytes, operand) !== 0
    else if (sprm === SPRM_P_F_TTP || sprm === SPRM_P_F_INNER_TTP) flags.rowEnd ||= u8(bytes, operand) !== 0
    else if (sprm === SPRM_P_ITAP) flags.depth = u32(bytes, operand) | 0
    else if (sprm === SPRM_P_HUGE_PAPX && data !== undefined && bytes !== data) {
      const prcData = u32(bytes, operand)
      const length = u16(data, prcData)
      if (prcData + 2 + length <= data.length) readSprms(data, prcData + 2, prcData + 2 + length, flags, data)
    }
  })
}

/** Whether the paragraph grpprl bytes[from, to) (a paragraph style's UpxPapx) sets painting shading. */
export function grpprlShades(bytes: Uint8Array, from: number, to: number): boolean | undefined {
  const flags: ParagraphFlags = { inTable: false, rowEnd: false, depth: 0, shaded: false }
  let set = false
  forEachSprm(bytes, from, to, (sprm) => (set ||= sprm === SPRM_P_SHD80 || sprm === SPRM_P_SHD))
  if (!set) return undefined
  readSprms(bytes, from, to, flags, undefined)
  return flags.shaded
}

/** The entry of a run in a PapxFkp (BxPap): the offset byte and 12 reserved bytes. */
const PAPX_ENTRY_SIZE = 13

function readFkp(stream: Uint8Array, page: number, data: Uint8Array | undefined, into: ParagraphRun[]): void {
  for (const { fcStart, fcEnd, properties: papx, pageEnd } of fkpRuns(stream, page, PAPX_ENTRY_SIZE)) {
    let flags: ParagraphFlags = { inTable: false, rowEnd: false, depth: 0, shaded: false }
    let istd = 0
    if (papx !== undefined) {
      const cb = u8(stream, papx)
      // cb counts words; 0 means the real count follows. The grpprl starts after the 2-byte style index.
      const start = cb === 0 ? papx + 2 : papx + 1
      const length = cb === 0 ? u8(stream, papx + 1) * 2 : cb * 2 - 1
      istd = u16(stream, start)
      flags = readGrpprl(stream, start + 2, Math.min(start + length, pageEnd), data)
    }
    into.push({ fcStart, fcEnd, istd, ...flags })
  }
}

/** Looks up the table flags and style of the paragraph that holds, or ends at, a given file position. */
export class ParagraphIndex {
  private constructor(private readonly runs: FormattedRuns<ParagraphRun>) {}

  /** Undefined when the document has no readable paragraph index. */
  static read(
    stream: Uint8Array,
    table: Uint8Array,
    data: Uint8Array | undefined,
    plcf: FcLcb,
  ): ParagraphIndex | undefined {
    const runs = readFormattedRuns<ParagraphRun>(table, plcf, (page, into) =>
      readFkp(stream, page, data, into),
    )
    return runs === undefined ? undefined : new ParagraphIndex(runs)
  }

  at(fc: number): ParagraphFormatting | undefined {
    return this.runs.at(fc)
  }
}
