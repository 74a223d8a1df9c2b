/**
 * The character properties that keep text from being shown ([MS-DOC] 2.6.1): tracked deletion
 * (sprmCFRMarkDel), hidden (sprmCFVanish) and struck through (sprmCFStrike, sprmCFDStrike), each a
 * ToggleOperand (2.9.328): 0x00 off, 0x01 on, 0x80 as the style, 0x81 the opposite of the style. Read the
 * same way from a run's CHPX and from a style's UpxChpx, with the character style a CHPX names (sprmCIstd).
 * Superscript and subscript (sprmCIss 1 and 2) are read with them: text shown small above or below the line
 * is a footnote mark ("1436" and a raised "1"), not digits of the number beside it. Its operand is no
 * toggle (0 normal, 1 superscript, 2 subscript), so it is kept as 0x01 or 0x00, which the toggle rules read
 * as set on or off. So is the character position (sprmCHpsPos, half-points raised, negative lowered),
 * which docLines.ts compares with the text before it. The colour (sprmCIco, sprmCCv), shading (sprmCShd80,
 * sprmCShd) and highlight (sprmCHighlight) are kept the same way, as whether the text is white and whether
 * something is painted behind it (shading.ts).
 */
import { u16, u8 } from './bytes'
import { highlightPaints, isWhiteColorRef, isWhiteIco, shd80Paints, shdPaints } from './shading'
import { forEachSprm } from './sprm'

export const CONCEALING_PROPERTIES = ['deleted', 'vanish', 'strike', 'dstrike'] as const
export type ConcealingProperty = (typeof CONCEALING_PROPERTIES)[number]
/** The properties read: the concealing ones, superscript or subscript, white ink and paint behind. */
export const CHARACTER_PROPERTIES = [
  ...CONCEALING_PROPERTIES,
  'superOrSubscript',
  'white',
  'shaded',
  'highlighted',
] as const
export type CharacterProperty = (typeof CHARACTER_PROPERTIES)[number]

/** Each property's value: true when it keeps the text from being shown, or shows it small off the line. */
export type Concealment = Record<CharacterProperty, boolean>
/** What one grpprl sets: each property's ToggleOperand byte, absent when it does not mention it. */
export type ToggleOperands = Partial<Record<CharacterProperty, number>>

export const SHOWN: Concealment = {
  deleted: false,
  vanish: false,
  strike: false,
  dstrike: false,
  superOrSubscript: false,
  white: false,
  shaded: false,
  highlighted: false,
}

const PROPERTY_OF_SPRM = new Map<number, ConcealingProperty>([
  [0x0800, 'deleted'],
  [0x083c, 'vanish'],
  [0x0837, 'strike'],
  [0x2a53, 'dstrike'],
])
const SPRM_C_ISTD = 0x4a30
const SPRM_C_ISS = 0x2a48
const ISS_NORMAL = 0
const SPRM_C_HPS_POS = 0x4845
const SPRM_C_ICO = 0x2a42
const SPRM_C_CV = 0x6870
const SPRM_C_SHD80 = 0x4866
const SPRM_C_SHD = 0xca71
const SPRM_C_HIGHLIGHT = 0x2a0c

const SAME_AS_STYLE = 0x80
const OPPOSITE_OF_STYLE = 0x81

/**
 * A property's value for a ToggleOperand given the value of the style it is relative to. Values the
 * format does not define count as on, as any non-zero Bool8 does: a number left unread is flagged, a
 * wrong one is not.
 */
export function toggled(operand: number, styleValue: boolean): boolean {
  if (operand === SAME_AS_STYLE) return styleValue
  if (operand === OPPOSITE_OF_STYLE) return !styleValue
  return operand !== 0
}

/** Applies the operands a grpprl sets to the values `style` gives, property by property. */
export function applyOperands(operands: ToggleOperands, style: Concealment): Concealment {
  const result = { ...style }
  for (const property of CHARACTER_PROPERTIES) {
    const operand = operands[property]
    if (operand !== undefined) result[property] = toggled(operand, style[property])
  }
  return result
}

export interface CharacterSprms {
  operands: ToggleOperands
  /** The character style (sprmCIstd), when the grpprl names one. */
  istd?: number
  /** Half-points raised, negative lowered (sprmCHpsPos), when the grpprl sets it. */
  position?: number
}

/** The properties and character style that the grpprl bytes[from, to) sets; the last sprm of a property wins. */
export function readCharacterSprms(bytes: Uint8Array, from: number, to: number): CharacterSprms {
  const found: CharacterSprms = { operands: {} }
  forEachSprm(bytes, from, to, (sprm, operand) => {
    const property = PROPERTY_OF_SPRM.get(sprm)
    if (property !== undefined) found.operands[property] = u8(bytes, operand)
    else if (sprm === SPRM_C_ISS) found.operands.superOrSubscript = u8(bytes, operand) === ISS_NORMAL ? 0 : 1
    else if (sprm === SPRM_C_ISTD) found.istd = u16(bytes, operand)
    else if (sprm === SPRM_C_HPS_POS) found.position = (u16(bytes, operand) << 16) >> 16
    else if (sprm === SPRM_C_ICO) found.operands.white = isWhiteIco(u8(bytes, operand)) ? 1 : 0
    else if (sprm === SPRM_C_CV) found.operands.white = isWhiteColorRef(bytes, operand) ? 1 : 0
    else if (sprm === SPRM_C_SHD80) found.operands.shaded = shd80Paints(u16(bytes, operand)) ? 1 : 0
    // sprmCShd's operand is a size byte and a Shd.
    else if (sprm === SPRM_C_SHD) found.operands.shaded = shdPaints(bytes, operand + 1) ? 1 : 0
    else if (sprm === SPRM_C_HIGHLIGHT)
      found.operands.highlighted = highlightPaints(u8(bytes, operand)) ? 1 : 0
  })
  return found
}

export function isConcealed(concealment: Concealment): boolean {
  return CONCEALING_PROPERTIES.some((property) => concealment[property])
}
