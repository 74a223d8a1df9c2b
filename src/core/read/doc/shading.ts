/**
 * Colour and shading in binary Word ([MS-DOC] 2.9.43 COLORREF, 2.9.248 Shd, 2.9.249 Shd80, 2.9.119 Ico),
 * for white text: white on the white page is unseen, an anti-copy trick's digits beside a number
 * (shading.ts of the .docx reader says the same of WordprocessingML). Shading that is white itself paints
 * nothing; any other background, or a pattern (drawn in its own colour), shows white text.
 */
import { u16, u32, u8 } from './bytes'

/** Ico 8 is white, 0 is automatic (no colour). */
const ICO_AUTO = 0
const ICO_WHITE = 8
/** A COLORREF's fAuto byte: the colour is automatic. */
const F_AUTO = 0xff
/** The size of a Shd: cvFore, cvBack (COLORREF) and ipat. */
export const SHD_SIZE = 10
/** ipatAuto (clear: the background alone) and ipatNil (no shading). */
const IPAT_CLEAR = 0
const IPAT_NIL = 0xffff
const IPAT80_NIL = 0x3f

/** Whether the COLORREF at `at` is white (and not automatic). */
export function isWhiteColorRef(bytes: Uint8Array, at: number): boolean {
  return u32(bytes, at) === 0x00ffffff
}

/** Whether the COLORREF at `at` paints: neither automatic nor white. */
function colorRefPaints(bytes: Uint8Array, at: number): boolean {
  return u8(bytes, at + 3) !== F_AUTO && !isWhiteColorRef(bytes, at)
}

export function isWhiteIco(ico: number): boolean {
  return ico === ICO_WHITE
}

/** Whether a highlight (an Ico) paints behind its text. */
export function highlightPaints(ico: number): boolean {
  return ico !== ICO_AUTO && ico !== ICO_WHITE
}

/** Whether the Shd at `at` paints anything but white behind its text. */
export function shdPaints(bytes: Uint8Array, at: number): boolean {
  const pattern = u16(bytes, at + 8)
  if (pattern === IPAT_NIL) return false
  return pattern !== IPAT_CLEAR || colorRefPaints(bytes, at + 4)
}

/** Whether a Shd80 (icoFore, icoBack and ipat in 16 bits) paints anything but white behind its text. */
export function shd80Paints(value: number): boolean {
  const background = (value >> 5) & 0x1f
  const pattern = value >> 10
  if (pattern === IPAT80_NIL) return false
  return pattern !== IPAT_CLEAR || highlightPaints(background)
}
