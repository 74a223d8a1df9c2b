/**
 * The style sheet of a binary Word document ([MS-DOC] 2.9.271 STSH, in the table stream at the Fib's
 * fcStshf): which concealing character properties (characterToggles.ts) a paragraph style and a character
 * style give their text. Each style (2.9.260 STD) stores only what differs from the style it is based on
 * (istdBase), so a style's values come from its base chain, the nearest style deciding and 0x80/0x81 taken
 * relative to its base. A run takes its paragraph's style, then its character style, then its own CHPX;
 * vanish and strike toggle between the two style levels, so a hiding character style in a hiding paragraph
 * style shows the text again, as in the .docx reader (ECMA-376 Part 1, 17.7.3); the others are decided by
 * the nearest level that sets them. The character position (sprmCHpsPos) is read the same way, the nearest
 * style and level that sets it deciding, and so is a paragraph style's shading (sprmPShd in its UpxPapx).
 */
import { u16 } from './bytes'
import {
  applyOperands,
  CHARACTER_PROPERTIES,
  readCharacterSprms,
  SHOWN,
  type CharacterProperty,
  type Concealment,
  type ToggleOperands,
} from './characterToggles'
import type { FcLcb } from './fib'
import { grpprlShades } from './paragraphProperties'
import { styleChainResolver } from '../styleChain'
import { combineLevels } from '../styleLevels'

/** What a style level sets; a property none of its chain mentions is absent. */
type StyleValues = Partial<Record<CharacterProperty, boolean>> & {
  position?: number
  paragraphShaded?: boolean
}

const TOGGLING_BETWEEN_LEVELS: ReadonlySet<CharacterProperty> = new Set(['vanish', 'strike'])

/** Style kinds (stk) and the position of the UpxChpx among the style's LPUpx structures. */
const PARAGRAPH_STYLE = 1
const CHARACTER_STYLE = 2
const CHPX_POSITION = new Map([
  [PARAGRAPH_STYLE, 1],
  [CHARACTER_STYLE, 0],
])
/** istdBase of a style based on no other (istdNil); istd is 12 bits, so no document has more styles. */
const ISTD_NIL = 0x0fff
const NORMAL_ISTD = 0
/** The default character style (Default Paragraph Font) of a run without sprmCIstd. */
const DEFAULT_CHARACTER_ISTD = 10
/** The Stshif fields read: cstd, then cbSTDBaseInFile. */
const STSHIF_SIZE = 4
/** The size of a StdfBase, the part of an STD's Stdf every version of Word writes. */
const STDF_BASE_SIZE = 10

interface Style {
  kind: number
  base: number
  operands: ToggleOperands
  position?: number
  /** A paragraph style's shading paints behind its paragraphs (undefined: it sets none). */
  paragraphShaded?: boolean
}

export interface StyleSheet {
  /** The values the styles give a run of the character style `characterIstd` in a paragraph of `paragraphIstd`. */
  concealment(paragraphIstd: number, characterIstd: number | undefined): Concealment
  /** The character position (half-points raised) the styles give such a run. */
  position(paragraphIstd: number, characterIstd: number | undefined): number
  /** Whether the paragraph style shades its paragraphs. */
  paragraphShaded(paragraphIstd: number): boolean
}

/**
 * The paragraph or character style of the STD at bytes[at, end): its kind, base and the concealing
 * properties of its UpxChpx, which follows its Stdf of `baseSize` bytes, its name and, in a paragraph
 * style, its LPUpxPapx. Undefined for other kinds of style and for a UpxChpx past the STD's end.
 */
function styleOf(table: Uint8Array, at: number, end: number, baseSize: number): Style | undefined {
  const kind = u16(table, at + 2) & 0x000f
  const base = u16(table, at + 2) >> 4
  const chpxPosition = CHPX_POSITION.get(kind)
  if (chpxPosition === undefined) return undefined
  const nameLength = u16(table, at + baseSize)
  let upx = at + baseSize + 2 + nameLength * 2 + 2
  // A paragraph style's UpxPapx (its istd, then a grpprl) comes first.
  const papxSize = u16(table, upx)
  const paragraphShaded =
    kind === PARAGRAPH_STYLE && upx + 2 + papxSize <= end
      ? grpprlShades(table, upx + 4, upx + 2 + papxSize)
      : undefined
  for (let index = 0; index < chpxPosition; index++) {
    const size = u16(table, upx)
    upx += 2 + size + (size % 2)
  }
  const size = u16(table, upx)
  if (upx + 2 + size > end) return undefined
  const { operands, position } = readCharacterSprms(table, upx + 2, upx + 2 + size)
  return { kind, base, operands, position, paragraphShaded }
}

/** The styles of the STSH, by istd; undefined when the STSH is missing or does not fit the table stream. */
function readStyles(table: Uint8Array, stsh: FcLcb): (Style | undefined)[] | undefined {
  const end = stsh.fc + stsh.lcb
  if (stsh.lcb < 2 + STSHIF_SIZE || end > table.length) return undefined
  const stshiSize = u16(table, stsh.fc)
  const count = Math.min(u16(table, stsh.fc + 2), ISTD_NIL)
  const baseSize = u16(table, stsh.fc + 4)
  if (stshiSize < STSHIF_SIZE || baseSize < STDF_BASE_SIZE) return undefined
  const styles: (Style | undefined)[] = []
  let at = stsh.fc + 2 + stshiSize
  for (let istd = 0; istd < count && at + 2 <= end; istd++) {
    const size = u16(table, at)
    const stdEnd = at + 2 + size
    if (stdEnd > end) break
    styles.push(size < baseSize ? undefined : styleOf(table, at + 2, stdEnd, baseSize))
    at = stdEnd
  }
  return styles
}

/** The style sheet of the STSH at `stsh`, or undefined when it cannot be read: only direct formatting counts. */
export function readStyleSheet(table: Uint8Array, stsh: FcLcb): StyleSheet | undefined {
  const styles = readStyles(table, stsh)
  if (styles === undefined || styles.length === 0) return undefined
  /** A style's values along its istdBase chain; 0x80 and 0x81 are relative to the base's values. */
  const valuesOf = styleChainResolver<number, StyleValues>({
    baseOf: (istd) => {
      const base = styles[istd]?.base
      return base !== undefined && styles[base] !== undefined ? base : undefined
    },
    apply: (istd, base) => {
      const operands = styles[istd]?.operands ?? {}
      const applied = applyOperands(operands, { ...SHOWN, ...base })
      const values = { ...base }
      for (const property of CHARACTER_PROPERTIES) {
        if (operands[property] !== undefined) values[property] = applied[property]
      }
      const position = styles[istd]?.position
      const paragraphShaded = styles[istd]?.paragraphShaded
      if (position !== undefined) values.position = position
      if (paragraphShaded !== undefined) values.paragraphShaded = paragraphShaded
      return values
    },
    rank: (istd) => istd,
    root: {},
  })

  /** The style an istd names if it is of `kind`, else `fallback` (the kind's default style). */
  const level = (istd: number | undefined, kind: number, fallback: number): StyleValues => {
    const named = istd === undefined ? undefined : styles[istd]
    if (named?.kind === kind && istd !== undefined) return valuesOf(istd)
    return styles[fallback]?.kind === kind ? valuesOf(fallback) : {}
  }

  const combined = new Map<number, Concealment>()
  return {
    concealment(paragraphIstd, characterIstd) {
      const key = paragraphIstd * 0x10000 + (characterIstd ?? 0xffff)
      let concealment = combined.get(key)
      if (concealment === undefined) {
        concealment = combineLevels(CHARACTER_PROPERTIES, TOGGLING_BETWEEN_LEVELS, [
          level(paragraphIstd, PARAGRAPH_STYLE, NORMAL_ISTD),
          level(characterIstd, CHARACTER_STYLE, DEFAULT_CHARACTER_ISTD),
        ])
        combined.set(key, concealment)
      }
      return concealment
    },
    paragraphShaded(paragraphIstd) {
      return level(paragraphIstd, PARAGRAPH_STYLE, NORMAL_ISTD).paragraphShaded ?? false
    },
    position(paragraphIstd, characterIstd) {
      return (
        level(characterIstd, CHARACTER_STYLE, DEFAULT_CHARACTER_ISTD).position ??
        level(paragraphIstd, PARAGRAPH_STYLE, NORMAL_ISTD).position ??
        0
      )
    },
  }
}
