/**
 * The piece table ([MS-DOC] 2.9.38 Clx, 2.9.177 PlcPcd): the document's characters are stored in pieces
 * scattered through the WordDocument stream, each either UTF-16LE or "compressed" one byte per character
 * (cp1252). Each character's file position is kept because paragraph properties are indexed by it.
 */
import { u16, u32, u8 } from './bytes'
import type { FcLcb } from './fib'

export interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset of the first character in the WordDocument stream. */
  fc: number
  compressed: boolean
}

const CLXT_PRC = 0x01
const CLXT_PCDT = 0x02
const PCD_SIZE = 8
const FC_COMPRESSED = 0x40000000
const FC_MASK = 0x3fffffff

/** The pieces in CP order, or undefined when the Clx is not where the FIB says or is malformed. */
export function readPieces(table: Uint8Array, clx: FcLcb): Piece[] | undefined {
  const end = clx.fc + clx.lcb
  if (clx.lcb === 0 || end > table.length) return undefined
  let at = clx.fc
  while (at < end && u8(table, at) === CLXT_PRC) at += 3 + u16(table, at + 1)
  if (u8(table, at) !== CLXT_PCDT) return undefined
  const lcb = u32(table, at + 1)
  const plc = at + 5
  if (plc + lcb > table.length || lcb < 4) return undefined
  const count = Math.floor((lcb - 4) / (4 + PCD_SIZE))
  const pcds = plc + (count + 1) * 4
  const pieces: Piece[] = []
  for (let index = 0; index < count; index++) {
    const cpStart = u32(table, plc + index * 4)
    const cpEnd = u32(table, plc + (index + 1) * 4)
    const raw = u32(table, pcds + index * PCD_SIZE + 2)
    const compressed = (raw & FC_COMPRESSED) !== 0
    const fc = compressed ? (raw & FC_MASK) / 2 : raw & FC_MASK
    // CPs only grow along the table; anything else is damage, and reading it could repeat text endlessly.
    if (cpEnd < cpStart || cpStart < (pieces[pieces.length - 1]?.cpEnd ?? 0)) return undefined
    if (cpEnd > cpStart) pieces.push({ cpStart, cpEnd, fc, compressed })
  }
  return pieces
}

/** cp1252's 0x80–0x9F; the rest of the byte range is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
]

/** One character of the text with the byte position it was stored at. */
export interface StoredChar {
  code: number
  fc: number
}

/** The main document text (CP 0 … ccpText-1), character by character, in CP order. */
export function* storedChars(stream: Uint8Array, pieces: Piece[], ccpText: number): Generator<StoredChar> {
  // Every character takes at least a byte of the stream: more characters than bytes means pieces overlap.
  let budget = stream.length
  for (const piece of pieces) {
    const end = Math.min(piece.cpEnd, ccpText)
    for (let cp = piece.cpStart; cp < end; cp++) {
      if (--budget < 0) return
      const offset = cp - piece.cpStart
      if (piece.compressed) {
        const fc = piece.fc + offset
        if (fc >= stream.length) return
        const byte = u8(stream, fc)
        yield { code: byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte, fc }
      } else {
        const fc = piece.fc + offset * 2
        if (fc + 1 >= stream.length) return
        yield { code: u16(stream, fc), fc }
      }
    }
  }
}
