/**
 * The run formatting word/styles.xml decides that changes what a reader sees of a run: hidden (w:vanish),
 * struck through (w:strike, w:dstrike) and raised (w:vertAlign superscript). A run takes it from the
 * document defaults, its table's style, its paragraph's style, its character style (each followed along
 * w:basedOn) and its own w:rPr, in that order (ECMA-376 Part 1, 17.7.2).
 *
 * vanish and strike are toggle properties (17.7.3): a style that sets them flips the value the levels below
 * it gave, so a hiding character style in a hiding paragraph style shows the text again; dstrike and
 * vertAlign are not, so the nearest level that sets them wins. Within one style's w:basedOn chain the
 * nearest style that sets a property wins, as for any inherited property. Direct formatting on the run sets
 * every property absolutely. w:webHidden (hidden only in web layout) and w:specVanish (a paragraph mark's
 * property) do not hide a run in the printed page, so they are not read.
 */
import { childElements, firstChild, type XmlElement } from './xmlTree'

const PROPERTIES = ['vanish', 'strike', 'dstrike', 'superscript'] as const
type Property = (typeof PROPERTIES)[number]

/** What one level of the hierarchy sets; a property it does not mention is absent. */
export type RunFormatting = Partial<Record<Property, boolean>>

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

/** A toggle or on/off element's value: present means on unless w:val switches it off. */
function onOff(element: XmlElement): boolean {
  const value = element.attributes['w:val']
  return value !== '0' && value !== 'false' && value !== 'off'
}

/** What a w:rPr sets. */
export function formattingOf(properties: XmlElement | undefined): RunFormatting {
  const formatting: RunFormatting = {}
  if (properties === undefined) return formatting
  const vanish = firstChild(properties, 'w:vanish')
  const strike = firstChild(properties, 'w:strike')
  const dstrike = firstChild(properties, 'w:dstrike')
  const vertAlign = firstChild(properties, 'w:vertalign')
  if (vanish) formatting.vanish = onOff(vanish)
  if (strike) formatting.strike = onOff(strike)
  if (dstrike) formatting.dstrike = onOff(dstrike)
  if (vertAlign) formatting.superscript = vertAlign.attributes['w:val'] === 'superscript'
  return formatting
}

/** Applies the style levels (lowest first) and then the run's own properties, property by property. */
function combine(defaults: RunFormatting, styles: RunFormatting[], direct: RunFormatting): RunFormatting {
  const result: RunFormatting = {}
  for (const property of PROPERTIES) {
    let value = defaults[property] ?? false
    for (const style of styles) {
      const set = style[property]
      if (TOGGLES.has(property)) value = value !== (set === true)
      else if (set !== undefined) value = set
    }
    result[property] = direct[property] ?? value
  }
  return result
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
    if (onOffAttribute(style.attributes['w:default']) && !defaultStyle.has(type)) defaultStyle.set(type, id)
  }
  const docDefaults = stylesElement && firstChild(stylesElement, 'w:docdefaults')
  const rPrDefault = docDefaults && firstChild(docDefaults, 'w:rprdefault')
  const defaults = formattingOf(rPrDefault && firstChild(rPrDefault, 'w:rpr'))
  const resolved = new Map<string, RunFormatting>()

  /** A style's formatting along its w:basedOn chain, cached per id; a cycle ends the chain. */
  const styleFormatting = (id: string): RunFormatting => {
    const chain: XmlElement[] = []
    const seen = new Set<string>()
    let base: RunFormatting = {}
    for (let current: string | undefined = id; current !== undefined && !seen.has(current);) {
      const cached = resolved.get(current)
      const style = styles.get(current)
      if (cached || !style) {
        base = cached ?? base
        break
      }
      seen.add(current)
      chain.push(style)
      current = firstChild(style, 'w:basedon')?.attributes['w:val']
    }
    for (const style of chain.reverse()) {
      base = { ...base, ...formattingOf(firstChild(style, 'w:rpr')) }
      resolved.set(style.attributes['w:styleid'] ?? '', base)
    }
    return base
  }

  /** The style a reference names, or the type's default style when it names none or an unknown one. */
  const level = (id: string | undefined, type: StyleType): RunFormatting => {
    const styleId = id !== undefined && styles.has(id) ? id : defaultStyle.get(type)
    return styleId === undefined ? {} : styleFormatting(styleId)
  }

  return {
    runFormatting(runProperties, context) {
      const characterStyle = runProperties && firstChild(runProperties, 'w:rstyle')
      return combine(
        defaults,
        [
          context.table ? level(context.table.style, 'table') : {},
          level(context.paragraphStyle, 'paragraph'),
          level(characterStyle?.attributes['w:val'], 'character'),
        ],
        formattingOf(runProperties),
      )
    },
  }
}

function onOffAttribute(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on'
}

/** The style sheet of a package without word/styles.xml. */
export const NO_STYLES = readStyleSheet(undefined)
