/**
 * Text drawn in the colour of what lies behind it is not seen: an anti-copy trick slips digits in white
 * (w:color FFFFFF) onto the white page beside a table's numbers. White text is unseen only where nothing
 * is painted behind it: no shading (w:shd) on its run, paragraph, cell or table, and no highlight. Shading
 * that is white itself paints nothing; any other fill, or a pattern (drawn in its own colour), shows white
 * text, as a dark header cell shows its white labels. A text box's shape lays its own fill behind its text
 * (shapeFill.ts). Where it cannot be told what is behind the text (a text box outside a shape), it counts
 * as painted: hiding text a person sees would be the worse error.
 *
 * Shading lies in layers: a cell's own over its table style's, those over the row's and the table's. A
 * layer filled white covers what is below with white (shadingFill). One whose fill is automatic
 * (w:fill="auto", which WPS writes on every cell) is taken to show the one below: LibreOffice draws such a
 * cell unshaded over its table style's fill, but whether Word and WPS do is not known here, so the style's
 * fill counts, keeping white text on it (hiding text a person sees would be the worse error).
 */
import { firstChild, type XmlElement } from './xmlTree'

const WHITE = /^(?:ffffff|fff)$/i
/** Shading patterns that draw nothing of their own colour over the fill. */
const NO_PATTERN = new Set(['clear', 'nil'])
/** Theme colours that are the page's background (white in every theme Word and WPS ship). */
const BACKGROUND_THEME_COLOURS = new Set(['background1', 'light1'])

/**
 * Whether a w:color draws its run in white. docxToDocument writes the colour a theme colour draws in w:val
 * (themeColours.ts); a theme colour left (of a tree read without that, or of a name no theme knows) is
 * white when it is the background's and not darkened.
 */
export function isWhiteInk(colour: XmlElement): boolean {
  const theme = colour.attributes['w:themecolor']
  if (theme !== undefined && theme !== 'none') {
    const shaded = colour.attributes['w:themeshade'] !== undefined
    return BACKGROUND_THEME_COLOURS.has(theme.toLowerCase()) && !shaded
  }
  return WHITE.test(colour.attributes['w:val'] ?? '')
}

/** Whether a w:shd paints anything but white behind its text. */
export function shadingPaints(shading: XmlElement): boolean {
  return shadingFill(shading) === true
}

/**
 * What a w:shd lays behind its text: true for a colour or a pattern, false for white, undefined for an
 * automatic fill, which leaves what lies below it to show.
 */
export function shadingFill(shading: XmlElement): boolean | undefined {
  const pattern = (shading.attributes['w:val'] ?? 'clear').toLowerCase()
  if (!NO_PATTERN.has(pattern)) return true
  const fill = shading.attributes['w:fill'] ?? 'auto'
  return fill.toLowerCase() === 'auto' ? undefined : colourPaints(fill)
}

/** Whether a fill or page colour (hex, or `auto`) paints anything but white. */
export function colourPaints(colour: string): boolean {
  return colour.toLowerCase() !== 'auto' && !WHITE.test(colour)
}

/** Whether a w:highlight paints behind its run. */
export function highlightPaints(highlight: XmlElement): boolean {
  const colour = (highlight.attributes['w:val'] ?? 'none').toLowerCase()
  return colour !== 'none' && colour !== 'white'
}

/** Whether the properties element (w:pPr, w:tcPr, w:tblPr, w:tblPrEx) holds shading that paints. */
export function propertiesPaint(properties: XmlElement | undefined): boolean {
  return propertiesFill(properties) === true
}

/** What the shading of a properties element lays behind its text (shadingFill); undefined without one. */
export function propertiesFill(properties: XmlElement | undefined): boolean | undefined {
  const shading = properties && firstChild(properties, 'w:shd')
  return shading && shadingFill(shading)
}
