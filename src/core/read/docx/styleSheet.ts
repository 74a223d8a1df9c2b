/**
 * The run formatting word/styles.xml decides that changes what a reader sees of a run: hidden (w:vanish),
 * struck through (w:strike, w:dstrike), set small above or below the line (w:vertAlign superscript or
 * subscript) and raised or lowered at full size (w:position, in half-points). A run takes it from the
 * document defaults, its table's style, its paragraph's style, its character style (each followed along
 * w:basedOn) and its own w:rPr, in that order (ECMA-376 Part 1, 17.7.2).
 *
 * vanish and strike are toggle properties (17.7.3): a style that sets them flips the value the levels below
 * it gave, so a hiding character style in a hiding paragraph style shows the text again; dstrike,
 * vertAlign and position are not, so the nearest level that sets them wins. Within one style's w:basedOn chain the
 * nearest style that sets a property wins, as for any inherited property. Direct formatting on the run sets
 * every property absolutely. w:webHidden (hidden only in web layout) and w:specVanish (a paragraph mark's
 * property) do not hide a run in the printed page, so they are not read.
 */
import { styleChainResolver } from '../styleChain'
import { combineLevels } from '../styleLevels'
import { childElements, firstChild, type XmlElement } from './xmlTree'

const PROPERTIES = ['vanish', 'strike', 'dstrike', 'superOrSubscript'] as const
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
  /** Set for runs inside a table: the table's w:tblStyle, which may be absent (the default table style). */
  table?: { style?: string }
}

type StyleType = 'paragraph' | 'character' | 'table'

export interface StyleSheet {
  /** The formatting a run with these direct properties (its w:rPr) has in `context`. */
  runFormatting(runProperties: XmlElement | undefined, context: RunContext): RunFormatting
}

/** An ST_OnOff value (17.18.64); an absent one is `absent`, as a toggle element without w:val is on. */
function onOff(value: string | undefined, absent = true): boolean {
  if (value === undefined) return absent
  return value !== '0' && value !== 'false' && value !== 'off'
}

/** What a w:rPr sets. */
function formattingOf(properties: XmlElement | undefined): RunFormatting {
  const formatting: RunFormatting = {}
  if (properties === undefined) return formatting
  const vanish = firstChild(properties, 'w:vanish')
  const strike = firstChild(properties, 'w:strike')
  const dstrike = firstChild(properties, 'w:dstrike')
  const vertAlign = firstChild(properties, 'w:vertalign')
  const position = Number.parseInt(firstChild(properties, 'w:position')?.attributes['w:val'] ?? '', 10)
  if (vanish) formatting.vanish = onOff(vanish.attributes['w:val'])
  if (strike) formatting.strike = onOff(strike.attributes['w:val'])
  if (dstrike) formatting.dstrike = onOff(dstrike.attributes['w:val'])
  if (vertAlign)
    formatting.superOrSubscript = /^(?:superscript|subscript)$/.test(vertAlign.attributes['w:val'] ?? '')
  if (Number.isFinite(position)) formatting.position = position
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
  /** A style's formatting along its w:basedOn chain: the nearest style that sets a property wins. */
  const styleFormatting = styleChainResolver<string, RunFormatting>({
    baseOf: (id) => {
      const style = styles.get(id)
      const baseId = style && firstChild(style, 'w:basedon')?.attributes['w:val']
      return baseId !== undefined && styles.has(baseId) ? baseId : undefined
    },
    apply: (id, base) => {
      const style = styles.get(id)
      return { ...base, ...formattingOf(style && firstChild(style, 'w:rpr')) }
    },
    rank: (id) => rankOf.get(id) ?? 0,
    root: {},
  })

  /** The style a reference names, or the type's default style when it names none or an unknown one. */
  const level = (id: string | undefined, type: StyleType): RunFormatting => {
    const styleId = id !== undefined && styles.has(id) ? id : defaultStyle.get(type)
    return styleId === undefined ? {} : styleFormatting(styleId)
  }

  return {
    runFormatting(runProperties, context) {
      const characterStyle = runProperties && firstChild(runProperties, 'w:rstyle')
      const styleLevels = [
        defaults,
        context.table ? level(context.table.style, 'table') : {},
        level(context.paragraphStyle, 'paragraph'),
        level(characterStyle?.attributes['w:val'], 'character'),
      ]
      const direct = formattingOf(runProperties)
      const position = [...styleLevels, direct].reduce((found, level) => level.position ?? found, 0)
      return { ...combineLevels(PROPERTIES, TOGGLES, styleLevels), ...direct, position }
    },
  }
}

/** The style sheet of a package without word/styles.xml. */
export const NO_STYLES = readStyleSheet(undefined)
