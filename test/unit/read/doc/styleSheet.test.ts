/**
 * The binary Word style sheet (STSH): the concealing properties a paragraph style and a character style
 * give their text, along istdBase, with vanish and strike toggling between the two levels and a run's
 * ToggleOperand 0x80/0x81 taken relative to them.
 */
import { describe, expect, it } from 'vitest'
import { CharacterIndex } from '../../../../src/core/read/doc/characterProperties'
import {
  applyOperands,
  isConcealed,
  readCharacterSprms,
  SHOWN,
} from '../../../../src/core/read/doc/characterToggles'
import { readStyleSheet, type StyleSheet } from '../../../../src/core/read/doc/styleSheet'

const PARAGRAPH = 1
const CHARACTER = 2
const NO_BASE = 0x0fff
const word = (value: number) => [value & 0xff, value >> 8]
const vanish = (operand: number) => [0x3c, 0x08, operand]
const strike = (operand: number) => [0x37, 0x08, operand]
const dstrike = (operand: number) => [0x53, 0x2a, operand]
const characterStyle = (istd: number) => [0x30, 0x4a, ...word(istd)]

/** An LPUpx: its size, the UPX and a pad byte to an even length. */
const lpUpx = (upx: number[]) => [...word(upx.length), ...upx, ...(upx.length % 2 === 1 ? [0] : [])]

/** An STD (StdfBase, name, UPXs): a paragraph style has a UpxPapx (istd, no sprms) before its UpxChpx. */
function std(kind: number, base: number, chpx: number[]): number[] {
  const stdf = [...word(0x0ffe), ...word(kind | (base << 4)), ...word(kind), 0, 0, 0, 0]
  const name = [...word(1), ...word(0x41), 0, 0]
  const upxs = kind === PARAGRAPH ? [...lpUpx([0, 0]), ...lpUpx(chpx)] : lpUpx(chpx)
  return [...stdf, ...name, ...upxs]
}

/** An STSH of `styles` by istd (undefined: an empty slot), and its place in a table stream. */
function stsh(styles: (number[] | undefined)[]): { table: Uint8Array; fc: number; lcb: number } {
  const stshi = [...word(styles.length), ...word(10), ...new Array<number>(14).fill(0)]
  const bytes = [...word(stshi.length), ...stshi]
  for (const style of styles) bytes.push(...word(style?.length ?? 0), ...(style ?? []))
  return { table: Uint8Array.from([0xee, 0xee, ...bytes]), fc: 2, lcb: bytes.length }
}

function sheet(styles: (number[] | undefined)[]): StyleSheet {
  const read = stsh(styles)
  const styleSheet = readStyleSheet(read.table, read)
  if (styleSheet === undefined) throw new Error('style sheet not read')
  return styleSheet
}

/** Whether a run with these direct sprms in a paragraph of `paragraphIstd` is concealed. */
function concealed(styles: StyleSheet | undefined, paragraphIstd: number, chpx: number[]): boolean {
  const sprms = readCharacterSprms(Uint8Array.from(chpx), 0, chpx.length)
  const style = styles?.concealment(paragraphIstd, sprms.istd) ?? SHOWN
  return isConcealed(applyOperands(sprms.operands, style))
}

/** Normal (0), a hiding paragraph style (1) and one based on it (2), then character styles from 3. */
const STYLES = [
  std(PARAGRAPH, NO_BASE, []),
  std(PARAGRAPH, 0, vanish(1)),
  std(PARAGRAPH, 1, []),
  std(CHARACTER, NO_BASE, vanish(1)),
  std(CHARACTER, NO_BASE, strike(1)),
  std(CHARACTER, 4, []),
  std(CHARACTER, 3, vanish(0x81)),
  std(CHARACTER, NO_BASE, dstrike(1)),
  std(PARAGRAPH, NO_BASE, dstrike(1)),
]

describe('the .doc style sheet (STSH)', () => {
  const styles = sheet(STYLES)

  it('conceals text a character style hides or strikes through, also along istdBase', () => {
    expect(concealed(styles, 0, characterStyle(3))).toBe(true)
    expect(concealed(styles, 0, characterStyle(4))).toBe(true)
    expect(concealed(styles, 0, characterStyle(5))).toBe(true)
    expect(concealed(styles, 0, characterStyle(7))).toBe(true)
    expect(concealed(styles, 0, [])).toBe(false)
  })

  it('conceals the text of a paragraph its style hides, also through istdBase', () => {
    expect(concealed(styles, 1, [])).toBe(true)
    expect(concealed(styles, 2, [])).toBe(true)
    expect(concealed(styles, 8, [])).toBe(true)
  })

  it('takes 0x81 in a style as the opposite of its base style', () => {
    expect(concealed(styles, 0, characterStyle(6))).toBe(false)
  })

  it('toggles vanish between the paragraph and the character style, but not dstrike', () => {
    expect(concealed(styles, 1, characterStyle(3))).toBe(false)
    expect(concealed(styles, 8, characterStyle(7))).toBe(true)
  })

  it('direct formatting decides absolutely; 0x80 and 0x81 are relative to the styles', () => {
    expect(concealed(styles, 0, [...characterStyle(3), ...vanish(0)])).toBe(false)
    expect(concealed(styles, 2, vanish(0))).toBe(false)
    expect(concealed(styles, 0, [...characterStyle(3), ...vanish(0x80)])).toBe(true)
    expect(concealed(styles, 0, [...characterStyle(3), ...vanish(0x81)])).toBe(false)
    expect(concealed(styles, 0, vanish(0x81))).toBe(true)
    expect(concealed(styles, 0, vanish(0x80))).toBe(false)
  })

  it('takes the default style for an istd that names no style of its kind or no style at all', () => {
    const normalHides = sheet([std(PARAGRAPH, NO_BASE, strike(1)), undefined, std(CHARACTER, NO_BASE, [])])
    expect(concealed(normalHides, 2, [])).toBe(true)
    expect(concealed(normalHides, 1, [])).toBe(true)
    expect(concealed(normalHides, 4000, [])).toBe(true)
    expect(concealed(styles, 3, [])).toBe(false)
    expect(concealed(styles, 0, characterStyle(1))).toBe(false)
  })

  it('ends an istdBase cycle instead of looping', () => {
    const cycle = sheet([std(PARAGRAPH, 1, vanish(1)), std(PARAGRAPH, 0, []), std(PARAGRAPH, 2, [])])
    expect(concealed(cycle, 0, [])).toBe(true)
    expect(concealed(cycle, 1, [])).toBe(true)
    expect(concealed(cycle, 2, [])).toBe(false)
  })

  it('is not read from a missing, truncated or out-of-range STSH: only direct formatting counts', () => {
    const { table, fc, lcb } = stsh(STYLES)
    expect(readStyleSheet(table, { fc, lcb: 0 })).toBeUndefined()
    expect(readStyleSheet(table, { fc, lcb: lcb + 1 })).toBeUndefined()
    expect(readStyleSheet(table, { fc: 0xffffffff, lcb })).toBeUndefined()
    const truncated = readStyleSheet(table.subarray(0, fc + 40), { fc, lcb: 38 })
    expect(truncated?.concealment(1, undefined) ?? SHOWN).toEqual(SHOWN)
    for (let cut = 0; cut < table.length; cut += 7) {
      const damaged = table.slice()
      damaged.fill(0xff, cut, cut + 5)
      expect(() => readStyleSheet(damaged, { fc, lcb })?.concealment(2, 5)).not.toThrow()
    }
  })

  it('without a style sheet keeps the old reading: 0x81 hides, 0x80 shows', () => {
    expect(concealed(undefined, 0, vanish(0x81))).toBe(true)
    expect(concealed(undefined, 0, vanish(0x80))).toBe(false)
    expect(concealed(undefined, 1, characterStyle(3))).toBe(false)
  })

  it('CharacterIndex conceals text of a hidden paragraph style even where runs have no CHPX', () => {
    const styleSheetOnly = CharacterIndex.read(
      new Uint8Array(),
      new Uint8Array(),
      { fc: 0, lcb: 0 },
      styles,
      {
        at: (fc) => ({ istd: fc < 10 ? 2 : 0 }),
      },
    )
    expect(styleSheetOnly?.concealed(3)).toBe(true)
    expect(styleSheetOnly?.concealed(12)).toBe(false)
  })
})
