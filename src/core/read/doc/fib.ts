/**
 * The File Information Block at the start of a Word 97–2003 WordDocument stream ([MS-DOC] 2.5.1):
 * which table stream to use, whether the file is encrypted, how long the main text is, and where the
 * piece table (Clx), the style sheet (STSH) and the character- and paragraph-property indexes (PlcBteChpx, PlcBtePapx) are. Kingsoft WPS writes the same.
 */
import { i32, u16, u32 } from './bytes'

const WORD_IDENT = 0xa5ec
/** nFib of Word 97 and later; Word 6/95 files have a different, code-page text layout. */
const MIN_WORD97_NFIB = 0xc1
const FLAG_WHICH_TABLE = 0x0200
const FLAG_ENCRYPTED = 0x0100
const FLAG_OBFUSCATED = 0x8000
/** Indices of FcLcb pairs in FibRgFcLcb97. */
const STSHF = 1
const PLCF_BTE_CHPX = 12
const PLCF_BTE_PAPX = 13
const CLX = 33

export interface FcLcb {
  fc: number
  lcb: number
}

export interface Fib {
  tableStream: '0Table' | '1Table'
  /** Number of characters of the main document text (CP 0 … ccpText-1). */
  ccpText: number
  clx: FcLcb
  plcfBteChpx: FcLcb
  plcfBtePapx: FcLcb
  /** The style sheet (STSH). */
  stshf: FcLcb
}

export type FibResult =
  { ok: true; fib: Fib } | { ok: false; reason: 'not-word' | 'word95' | 'encrypted' | 'truncated' }

export function readFib(stream: Uint8Array): FibResult {
  if (stream.length < 0x9a || u16(stream, 0) !== WORD_IDENT) return { ok: false, reason: 'not-word' }
  if (u16(stream, 2) < MIN_WORD97_NFIB) return { ok: false, reason: 'word95' }
  const flags = u16(stream, 0x0a)
  if ((flags & (FLAG_ENCRYPTED | FLAG_OBFUSCATED)) !== 0) return { ok: false, reason: 'encrypted' }
  // The block sizes are stored, so walk them rather than trusting the Word 97 offsets.
  const csw = u16(stream, 0x20)
  const lwStart = 0x22 + csw * 2 + 2
  const cslw = u16(stream, lwStart - 2)
  const fcLcbCountAt = lwStart + cslw * 4
  const fcLcbStart = fcLcbCountAt + 2
  const fcLcbCount = u16(stream, fcLcbCountAt)
  if (cslw < 4 || fcLcbCount <= CLX || fcLcbStart + (CLX + 1) * 8 > stream.length) {
    return { ok: false, reason: 'truncated' }
  }
  const pair = (index: number): FcLcb => ({
    fc: u32(stream, fcLcbStart + index * 8),
    lcb: u32(stream, fcLcbStart + index * 8 + 4),
  })
  return {
    ok: true,
    fib: {
      tableStream: (flags & FLAG_WHICH_TABLE) !== 0 ? '1Table' : '0Table',
      ccpText: Math.max(0, i32(stream, lwStart + 3 * 4)),
      clx: pair(CLX),
      plcfBteChpx: pair(PLCF_BTE_CHPX),
      plcfBtePapx: pair(PLCF_BTE_PAPX),
      stshf: pair(STSHF),
    },
  }
}
