/**
 * The run formatting word/styles.xml decides that changes what a reader sees of a run: hidden (w:vanish),
 * struck through (w:strike, w:dstrike), set small above or below the line (w:vertAlign superscript or
 * subscript), raised or lowered at full size (w:position, in half-points), and drawn in white or over
 * shading or a highlight (shading.ts: white on the white page is unseen). A run takes it from the
 * document defaults, its table's style, its paragraph's style, its character style (each followed along
 * w:basedOn) and its own w:rPr, in that order (ECMA-376 Part 1, 17.7.2).
 *
 * vanish and strike are toggle properties (17.7.3): a style that sets them flips the value the levels below
 * it gave, so a hiding character style in a hiding paragraph style shows the text again; dstrike,
 * vertAlign, position, colour, shading and highlight are not, so the nearest level that sets them wins.
 * A table style sets run formatting for the whole table and for each conditional part a cell takes
 * (its header row, a band of rows: tableLook.ts), and the style sheet says what a table style shades
 * (tableStyleFormat.ts) and whether a paragraph style shades its paragraphs. Within one style's w:basedOn
 * chain the nearest style that sets a property wins, as for any inherited property. Direct formatting on
 * the run sets every property absolutely. w:webHidden (hidden only in web layout) and w:specVanish (a
 * paragraph mark's property) do not hide a run in the printed page, so they are not read.
 */
import { styleChainResolver } from '../styleChain'
import { combineLevels } from '../styleLevels'
import { highlightPaints, isWhiteInk, propertiesPaint, shadingPaints } from './shading'
import type { ConditionalPart } from './tableLook'
import {
  cellRunFormatting,
  inheritTableFormat,
  NO_TABLE_FORMAT,
  ownTableFormat,
  type TableStyleFormat,
} from './tableStyleFormat'
import { childElements, firstChild, type XmlElement } from './xmlTree'

const PROPERTIES = [
  'vanish',
  'strike',
  'dstrike',
  'superOrSubscript',
  'white',
  'shaded',
  'highlighted',
] as const
type Property = (typeof PROPERTIES)[number]

/** What one level of the hierarchy sets; a property it does not mention is absent. */
export type RunFormatting = Partial<Record<Property, boolean>> & {
  /** How far the run is raised (negative: lowered) from the line's baseline, in half-points. */
  position?: number
}

const TOGGLES: ReadonlySet<Property> = new Set(['vanish', 'strike'])

/** The style ids a run is under, besides its own w:rStyle. */
export interface RunContext {
  paragraphStyle?: string
  /**
   * Set for runs inside a table: the table's w:tblStyle, which may be absent (the default table style),
   * and the conditional parts of it the run's cell takes.
   */
  table?: { style?: string; parts?: readonly ConditionalPart[] }
}

type StyleType = 'paragraph' | 'character' | 'table'

export interface StyleSheet {
  /** The formatting a run with these direct properties (its w:rPr) has in `context`. */
  runFormatting(runProperties: XmlElement | undefined, context: RunContext): RunFormatting
  /** Whether a paragraph with these properties (its w:pPr) is shaded, by them or by its style. */
  paragraphShaded(paragraphProperties: XmlElement | undefined): boolean
  /** What the table style (the default one when undefined) sets for its tables' cells. */
  tableStyle(style: string | undefined): TableStyleFormat
}

/** An ST_OnOff value (17.18.64); an absent one is `absent`, as a toggle element without w:val is on. */
function onOff(value: string | undefined, absent = true): boolean {
  if (value === undefined) return absent
  return value !== '0' && value !== 'false' && value !== 'off'
}

/** An element with no children, standing for a part a style lacks. */
const ROOT: XmlElement = { name: '#none', attributes: {}, children: [] }

/** What a w:rPr sets. */
function formattingOf(properties: XmlElement | undefined): RunFormatting {
  const formatting: RunFormatting = {}
  if (properties === undefined) return formatting
  const vanish = firstChild(properties, 'w:vanish')
  const strike = firstChild(properties, 'w:strike')
  const dstrike = firstChild(properties, 'w:dstrike')
  const vertAlign = firstChild(properties, 'w:vertalign')
  const colour = firstChild(properties, 'w:color')
  const shading = firstChild(properties, 'w:shd')
  const highlight = firstChild(properties, 'w:highlight')
  const position = Number.parseInt(firstChild(properties, 'w:position')?.attributes['w:val'] ?? '', 10)
  if (vanish) formatting.vanish = onOff(vanish.attributes['w:val'])
  if (strike) formatting.strike = onOff(strike.attributes['w:val'])
  if (dstrike) formatting.dstrike = onOff(dstrike.attributes['w:val'])
  if (vertAlign)
    formatting.superOrSubscript = /^(?:superscript|subscript)$/.test(vertAlign.attributes['w:val'] ?? '')
  if (Number.isFinite(position)) formatting.position = position
  if (colour) formatting.white = isWhiteInk(colour)
  if (shading) formatting.shaded = shadingPaints(shading)
  if (highlight) formatting.highlighted = highlightPaints(highlight)
  return formatting
}

/** word/styles.xml (its parsed root), or undefined when the package has none: only direct formatting counts. */
export function readStyleSheet(root: XmlElement | undefined): StyleSheet {
  const stylesElement = root && firstChild(root, 'w:styles')
  const styles = new Map<string, XmlElement>()
  const defaultStyle = new Map<string, string>()
  for (const style of stylesElement ? childElements(stylesElement) : []) {
    const id = style.attributes['w:styleid']
    if (style.name !== 'w:style' || id === undefined || styles.has(id)) continue
    styles.set(id, style)
    const type = style.attributes['w:type'] ?? 'paragraph'
    if (onOff(style.attributes['w:default'], false) && !defaultStyle.has(type)) defaultStyle.set(type, id)
  }
  const docDefaults = stylesElement && firstChild(stylesElement, 'w:docdefaults')
  const rPrDefault = docDefaults && firstChild(docDefaults, 'w:rprdefault')
  const defaults = formattingOf(rPrDefault && firstChild(rPrDefault, 'w:rpr'))
  const rankOf = new Map([...styles.keys()].map((id, index) => [id, index]))
  /** The style a style's w:basedOn names, when the sheet defines it. */
  const baseOf = (id: string): string | undefined => {
    const baseId = firstChild(styles.get(id) ?? ROOT, 'w:basedon')?.attributes['w:val']
    return baseId !== undefined && styles.has(baseId) ? baseId : undefined
  }
  const rank = (id: string): number => rankOf.get(id) ?? 0
  /** A style's formatting along its w:basedOn chain: the nearest style that sets a property wins. */
  const styleFormatting = styleChainResolver<string, RunFormatting>({
    baseOf,
    apply: (id, base) => {
      const style = styles.get(id)
      return { ...base, ...formattingOf(style && firstChild(style, 'w:rpr')) }
    },
    rank,
    root: {},
  })

  /** The style a reference names, or the type's default style when it names none or an unknown one. */
  const styleNamed = (id: string | undefined, type: StyleType): string | undefined =>
    id !== undefined && styles.has(id) ? id : defaultStyle.get(type)
  const level = (id: string | undefined, type: StyleType): RunFormatting => {
    const styleId = styleNamed(id, type)
    return styleId === undefined ? {} : styleFormatting(styleId)
  }
  /** Whether a style or one it is based on shades its text: `shades` says it of one style. */
  const chainShades = (shades: (style: XmlElement) => boolean | undefined) =>
    styleChainResolver<string, boolean>({
      baseOf,
      apply: (id, base) => shades(styles.get(id) ?? ROOT) ?? base,
      rank,
      root: false,
    })
  /** The nearest style of a paragraph style's chain that sets paragraph shading decides. */
  const paragraphStyleShades = chainShades((style) => {
    const shading = firstChild(firstChild(style, 'w:ppr') ?? ROOT, 'w:shd')
    return shading && shadingPaints(shading)
  })
  /** A table style's format along its chain, part by part. */
  const tableFormat = styleChainResolver<string, TableStyleFormat>({
    baseOf,
    apply: (id, base) => inheritTableFormat(base, ownTableFormat(styles.get(id) ?? ROOT, formattingOf)),
    rank,
    root: NO_TABLE_FORMAT,
  })
  const tableStyle = (style: string | undefined): TableStyleFormat => {
    const styleId = styleNamed(style, 'table')
    return styleId === undefined ? NO_TABLE_FORMAT : tableFormat(styleId)
  }

  return {
    runFormatting(runProperties, context) {
      const characterStyle = runProperties && firstChild(runProperties, 'w:rstyle')
      const styleLevels = [
        defaults,
        context.table
          ? {
              ...level(context.table.style, 'table'),
              ...cellRunFormatting(tableStyle(context.table.style), context.table.parts ?? []),
            }
          : {},
        level(context.paragraphStyle, 'paragraph'),
        level(characterStyle?.attributes['w:val'], 'character'),
      ]
      const direct = formattingOf(runProperties)
      const position = [...styleLevels, direct].reduce((found, level) => level.position ?? found, 0)
      return { ...combineLevels(PROPERTIES, TOGGLES, styleLevels), ...direct, position }
    },
    paragraphShaded(paragraphProperties) {
      if (paragraphProperties && firstChild(paragraphProperties, 'w:shd'))
        return propertiesPaint(paragraphProperties)
      const id = paragraphProperties && firstChild(paragraphProperties, 'w:pstyle')?.attributes['w:val']
      const styleId = styleNamed(id, 'paragraph')
      return styleId !== undefined && paragraphStyleShades(styleId)
    },
    tableStyle,
  }
}

/** The style sheet of a package without word/styles.xml. */
export const NO_STYLES = readStyleSheet(undefined)
