/**
 * Which paragraph marks are table cell and row ends ([MS-DOC] 2.9.27 PlcBtePapx, 2.9.175 PapxFkp,
 * 2.6.1 Sprm). In binary Word a table is paragraphs flagged "in table": the character 0x07 closes a cell,
 * and the 0x07 whose paragraph carries the "table terminating paragraph" flag closes the row. Without
 * these flags "a\x07\x07" could be an empty cell or a row end; with them the rows are exact.
 */
import { u16, u32, u8 } from './bytes'
import type { FcLcb } from './fib'

export interface TableFlags {
  inTable: boolean
  /** The paragraph mark ends a table row (sprmPFTtp), or an inner row (sprmPFInnerTtp). */
  rowEnd: boolean
  /** Table nesting depth (sprmPItap); 1 for an ordinary table. */
  depth: number
}

interface ParagraphRun extends TableFlags {
  fcStart: number
  fcEnd: number
}

const PAGE = 512
const SPRM_P_F_IN_TABLE = 0x2416
const SPRM_P_F_TTP = 0x2417
const SPRM_P_F_INNER_TTP = 0x244b
const SPRM_P_ITAP = 0x6649
/** The paragraph's properties are too large for the page and live in the Data stream (PrcData). */
const SPRM_P_HUGE_PAPX = 0x6646
const SPRM_T_DEF_TABLE = 0xd608
const SPRM_P_CHG_TABS = 0xc615

/** Size of a sprm's operand, or undefined when it cannot be known (stop reading that grpprl). */
function operandSize(bytes: Uint8Array, sprm: number, at: number): number | undefined {
  switch ((sprm >> 13) & 7) {
    case 0:
    case 1:
      return 1
    case 2:
    case 4:
    case 5:
      return 2
    case 3:
      return 4
    case 7:
      return 3
    default: {
      if (sprm === SPRM_T_DEF_TABLE) return u16(bytes, at) + 1
      const size = u8(bytes, at)
      if (sprm === SPRM_P_CHG_TABS && size === 255) return undefined
      return size + 1
    }
  }
}

function readGrpprl(bytes: Uint8Array, from: number, to: number, data: Uint8Array | undefined): TableFlags {
  const flags: TableFlags = { inTable: false, rowEnd: false, depth: 0 }
  readSprms(bytes, from, to, flags, data)
  if (flags.inTable && flags.depth === 0) flags.depth = 1
  return flags
}

function readSprms(
  bytes: Uint8Array,
  from: number,
  to: number,
  flags: TableFlags,
  data: Uint8Array | undefined,
): void {
  let at = from
  while (at + 2 <= to) {
    const sprm = u16(bytes, at)
    const size = operandSize(bytes, sprm, at + 2)
    if (size === undefined) break
    const operand = at + 2
    if (sprm === SPRM_P_F_IN_TABLE) flags.inTable = u8(bytes, operand) !== 0
    else if (sprm === SPRM_P_F_TTP || sprm === SPRM_P_F_INNER_TTP) flags.rowEnd ||= u8(bytes, operand) !== 0
    else if (sprm === SPRM_P_ITAP) flags.depth = u32(bytes, operand) | 0
    else if (sprm === SPRM_P_HUGE_PAPX && data !== undefined && bytes !== data) {
      const prcData = u32(bytes, operand)
      const length = u16(data, prcData)
      if (prcData + 2 + length <= data.length) readSprms(data, prcData + 2, prcData + 2 + length, flags, data)
    }
    at = operand + size
  }
}

function readFkp(stream: Uint8Array, page: number, data: Uint8Array | undefined, into: ParagraphRun[]): void {
  const base = page * PAGE
  if (base + PAGE > stream.length) return
  const crun = u8(stream, base + PAGE - 1)
  for (let index = 0; index < crun; index++) {
    const fcStart = u32(stream, base + index * 4)
    const fcEnd = u32(stream, base + (index + 1) * 4)
    const bOffset = u8(stream, base + (crun + 1) * 4 + index * 13)
    let flags: TableFlags = { inTable: false, rowEnd: false, depth: 0 }
    if (bOffset !== 0) {
      const papx = base + bOffset * 2
      const cb = u8(stream, papx)
      // cb counts words; 0 means the real count follows. The grpprl starts after the 2-byte style index.
      const start = cb === 0 ? papx + 2 : papx + 1
      const length = cb === 0 ? u8(stream, papx + 1) * 2 : cb * 2 - 1
      flags = readGrpprl(stream, start + 2, Math.min(start + length, base + PAGE), data)
    }
    into.push({ fcStart, fcEnd, ...flags })
  }
}

/** Looks up the table flags of the paragraph that ends at a given file position. */
export class ParagraphIndex {
  private constructor(private readonly runs: ParagraphRun[]) {}

  /** Undefined when the document has no readable paragraph index. */
  static read(
    stream: Uint8Array,
    table: Uint8Array,
    data: Uint8Array | undefined,
    plcf: FcLcb,
  ): ParagraphIndex | undefined {
    if (plcf.lcb < 12 || plcf.fc + plcf.lcb > table.length) return undefined
    const count = Math.floor((plcf.lcb - 4) / 8)
    const runs: ParagraphRun[] = []
    for (let index = 0; index < count; index++) {
      readFkp(stream, u32(table, plcf.fc + (count + 1) * 4 + index * 4) & 0x3fffff, data, runs)
    }
    if (runs.length === 0) return undefined
    runs.sort((a, b) => a.fcStart - b.fcStart)
    return new ParagraphIndex(runs)
  }

  at(fc: number): TableFlags | undefined {
    let low = 0
    let high = this.runs.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const run = this.runs[middle]
      if (run === undefined) return undefined
      if (fc < run.fcStart) high = middle - 1
      else if (fc >= run.fcEnd) low = middle + 1
      else return run
    }
    return undefined
  }
}
