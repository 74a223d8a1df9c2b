/**
 * The binary Word style sheet (STSH): the concealing properties a paragraph style and a character style
 * give their text, along istdBase, with vanish and strike toggling between the two levels and a run's
 * ToggleOperand 0x80/0x81 taken relative to them; and LibreOffice's .doc files whose wrong digits only a
 * style hides or strikes.
 */
import { readFileSync } from 'node:fs'
import * as cfbNamespace from 'cfb'
import { describe, expect, it } from 'vitest'
import { lineCells } from '../../../../src/core/model/lineCells'
import { cellValues } from '../../../../src/core/model/report'
import { u16, u8 } from '../../../../src/core/read/doc/bytes'
import { CharacterIndex } from '../../../../src/core/read/doc/characterProperties'
import {
  applyOperands,
  isConcealed,
  readCharacterSprms,
  SHOWN,
} from '../../../../src/core/read/doc/characterToggles'
import { openCompoundFile } from '../../../../src/core/read/doc/compoundFile'
import { docToDocument } from '../../../../src/core/read/doc/docToDocument'
import { readFib } from '../../../../src/core/read/doc/fib'
import { fkpPages, fkpRuns } from '../../../../src/core/read/doc/formattedRuns'
import { readStyleSheet, type StyleSheet } from '../../../../src/core/read/doc/styleSheet'
import { readReport } from '../../../../src/core/readReport'
import { generatedFixtures } from '../docx/expectedReports'

type CfbApi = typeof cfbNamespace
const CFB: CfbApi = (cfbNamespace as CfbApi & { default?: CfbApi }).default ?? cfbNamespace

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

  it('cuts an istdBase cycle at its lowest istd, whichever style is asked for first', () => {
    const styles = [std(PARAGRAPH, 1, []), std(PARAGRAPH, 0, vanish(1)), std(PARAGRAPH, 2, [])]
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
    ]) {
      const cycle = sheet(styles)
      const answers = new Map(order.map((istd) => [istd, concealed(cycle, istd, [])]))
      expect([0, 1, 2].map((istd) => answers.get(istd))).toEqual([false, true, false])
    }
  })

  it('resolves 4,095 styles whose istdBase chain ends in a cycle once each, the same in any order', () => {
    const count = 0x0fff
    const cycleStart = count >> 1
    const operands = (istd: number) => [
      ...(istd % 7 === 0 ? vanish(0x81) : []),
      ...(istd % 11 === 0 ? strike(istd % 2) : []),
      ...(istd % 13 === 0 ? strike(0x81) : []),
    ]
    const rho = Array.from({ length: count }, (_, istd) =>
      std(PARAGRAPH, istd + 1 < count ? istd + 1 : cycleStart, operands(istd)),
    )
    const istds = Array.from({ length: count }, (_, istd) => istd)
    const answersFrom = (first: number) => {
      const styles = sheet(rho)
      const order = [...istds.slice(first), ...istds.slice(0, first)]
      const answers = new Map(order.map((istd) => [istd, styles.concealment(istd, undefined)]))
      return istds.map((istd) => answers.get(istd))
    }
    const started = performance.now()
    const fromStart = answersFrom(0)
    expect(answersFrom(cycleStart + 100)).toEqual(fromStart)
    expect(answersFrom(count - 1)).toEqual(fromStart)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(new Set(fromStart.map((concealment) => JSON.stringify(concealment))).size).toBeGreaterThan(1)
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
        at: (fc) => ({ istd: fc < 10 ? 2 : 0, shaded: false }),
      },
    )
    expect(styleSheetOnly?.concealed(3)).toBe(true)
    expect(styleSheetOnly?.concealed(12)).toBe(false)
  })
})

/** LibreOffice's .doc of the style-*.docx fixtures. */
const styled = generatedFixtures('doc').filter((fixture) => fixture.expected.file.includes('.style-'))

function streamsOf(bytes: Uint8Array) {
  const file = openCompoundFile(bytes)
  const stream = file.stream('WordDocument')!
  const fib = readFib(stream)
  if (!fib.ok) throw new Error(fib.reason)
  return { stream, table: file.stream(fib.fib.tableStream)!, fib: fib.fib }
}

/** The file with the Fib's lcbStshf set to 0: the same document without its style sheet. */
function withoutStyleSheet(bytes: Uint8Array): Uint8Array {
  const container = CFB.read(bytes, { type: 'array' })
  const entry = CFB.find(container, 'WordDocument')!
  const stream = Uint8Array.from(entry.content)
  const csw = u16(stream, 0x20)
  const lwStart = 0x22 + csw * 2 + 2
  const fcLcbStart = lwStart + u16(stream, lwStart - 2) * 4 + 2
  // lcbStshf is the lcb of the second FcLcb pair (fcStshfOrig, lcbStshfOrig, fcStshf, lcbStshf, …).
  stream.fill(0, fcLcbStart + 12, fcLcbStart + 16)
  entry.content = stream
  return Uint8Array.from(CFB.write(container, { type: 'array' }) as ArrayLike<number>)
}

function report(name: string, bytes: Uint8Array) {
  const read = docToDocument(name, bytes)
  if (!read.ok) throw new Error(read.error.message)
  const outcome = readReport(read.doc)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return { lines: read.doc.lines, report: outcome.report }
}

describe('LibreOffice .doc files whose wrong digits a style hides or strikes', () => {
  it('are the four style-*.doc fixtures', () => {
    expect(styled.map((fixture) => fixture.expected.file).sort()).toEqual([
      '900_designed_nonzero.style-hidden-paragraphs.doc',
      '900_designed_nonzero.style-hidden-runs.doc',
      '900_designed_nonzero.style-struck-runs.doc',
      '900_designed_nonzero.style-vanish-off.doc',
    ])
  })

  for (const { path, expected } of styled) {
    it(`${expected.file}: no run hides or strikes wrong digits itself, its styles do`, () => {
      const { stream, table, fib } = streamsOf(new Uint8Array(readFileSync(path)))
      const directlyConcealed: number[] = []
      const characterStyles = new Set<number>()
      for (const page of fkpPages(table, fib.plcfBteChpx) ?? []) {
        for (const { properties } of fkpRuns(stream, page, 1)) {
          if (properties === undefined) continue
          const sprms = readCharacterSprms(stream, properties + 1, properties + 1 + u8(stream, properties))
          if (sprms.istd !== undefined) characterStyles.add(sprms.istd)
          const { operands } = sprms
          if (Object.values(operands).some((operand) => operand !== 0)) directlyConcealed.push(properties)
        }
      }
      expect(directlyConcealed).toEqual([])
      const paragraphStyles = new Set<number>()
      for (const page of fkpPages(table, fib.plcfBtePapx) ?? []) {
        for (const { properties } of fkpRuns(stream, page, 13)) {
          if (properties === undefined) continue
          paragraphStyles.add(u16(stream, properties + (u8(stream, properties) === 0 ? 2 : 1)))
        }
      }
      const styles = readStyleSheet(table, fib.stshf)!
      const concealing = [
        ...[...characterStyles].filter((istd) => isConcealed(styles.concealment(0, istd))),
        ...[...paragraphStyles].filter((istd) => isConcealed(styles.concealment(istd, undefined))),
      ]
      expect(concealing.length).toBeGreaterThan(0)
    })

    it(`${expected.file} reads other numbers without its style sheet, the true ones with it`, () => {
      const bytes = new Uint8Array(readFileSync(path))
      expect(cellValues(report(expected.file, bytes).report)).toEqual(expected.cells)
      const unstyled = report(expected.file, withoutStyleSheet(bytes))
      expect(cellValues(unstyled.report)).not.toEqual(expected.cells)
    })
  }

  it('shows what a style hides: 91436 without the style sheet, 1436 with it', () => {
    const fixture = styled.find((candidate) => candidate.expected.file.includes('hidden-runs'))!
    const bytes = new Uint8Array(readFileSync(fixture.path))
    const licensing = (lines: ReturnType<typeof report>['lines']) =>
      lines
        .map(lineCells)
        .find((cells) => cells[0] === '行政许可')
        ?.at(-1)
    expect(licensing(report('t.doc', bytes).lines)).toBe('1436')
    expect(licensing(report('t.doc', withoutStyleSheet(bytes)).lines)).toBe('91436')
  })
})
