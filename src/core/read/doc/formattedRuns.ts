/**
 * Formatting indexed by file position ([MS-DOC] 2.8.1 PlcBteChpx, 2.8.2 PlcBtePapx): a PLC in the table
 * stream names the 512-byte FKP pages of the WordDocument stream, and each page gives runs of file
 * positions [fcStart, fcEnd) with their properties. Paragraph and character properties are both stored so.
 */
import { u32, u8 } from './bytes'
import type { FcLcb } from './fib'

const FKP_PAGE_SIZE = 512

export interface FormattedRun {
  fcStart: number
  fcEnd: number
}

/** The FKP page numbers a PlcBte lists, or undefined when it is missing or outside the table stream. */
export function fkpPages(table: Uint8Array, plcf: FcLcb): number[] | undefined {
  if (plcf.lcb < 12 || plcf.fc + plcf.lcb > table.length) return undefined
  const count = Math.floor((plcf.lcb - 4) / 8)
  const pages: number[] = []
  for (let index = 0; index < count; index++) {
    pages.push(u32(table, plcf.fc + (count + 1) * 4 + index * 4) & 0x3fffff)
  }
  return pages
}

/** One run of an FKP page: its file positions and where its properties (CHPX, PAPX) start. */
export interface FkpRun extends FormattedRun {
  /** Undefined when the run has no properties of its own. */
  properties: number | undefined
  /** The end of the page, which no properties run past. */
  pageEnd: number
}

/**
 * The runs of the FKP page `page` of the WordDocument stream. Each run's entry after the positions is
 * `entrySize` bytes (1 in a ChpxFkp, 13 in a PapxFkp) and starts with the offset of its properties in words.
 */
export function fkpRuns(stream: Uint8Array, page: number, entrySize: number): FkpRun[] {
  const base = page * FKP_PAGE_SIZE
  const pageEnd = base + FKP_PAGE_SIZE
  if (pageEnd > stream.length) return []
  const crun = u8(stream, pageEnd - 1)
  const runs: FkpRun[] = []
  for (let index = 0; index < crun; index++) {
    const offset = u8(stream, base + (crun + 1) * 4 + index * entrySize)
    runs.push({
      fcStart: u32(stream, base + index * 4),
      fcEnd: u32(stream, base + (index + 1) * 4),
      properties: offset === 0 ? undefined : base + offset * 2,
      pageEnd,
    })
  }
  return runs
}

/** Runs sorted by position, looked up by the file position of a character. */
export class FormattedRuns<Run extends FormattedRun> {
  private readonly runs: Run[]

  constructor(runs: Run[]) {
    this.runs = [...runs].sort((a, b) => a.fcStart - b.fcStart)
  }

  at(fc: number): Run | undefined {
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

/** The runs of the FKP pages `plcf` lists, each page read by `readPage`; undefined when there are none. */
export function readFormattedRuns<Run extends FormattedRun>(
  table: Uint8Array,
  plcf: FcLcb,
  readPage: (page: number, into: Run[]) => void,
): FormattedRuns<Run> | undefined {
  const pages = fkpPages(table, plcf)
  if (pages === undefined) return undefined
  const runs: Run[] = []
  for (const page of pages) readPage(page, runs)
  return runs.length === 0 ? undefined : new FormattedRuns(runs)
}
