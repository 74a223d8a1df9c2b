/**
 * What a text box paints behind its text: the fill of the shape holding it, a DrawingML shape (wps:wsp,
 * ECMA-376 Part 1, 20.1.8) or a VML one (v:shape, v:rect…, Part 4, 19.1). Word's text box is filled white
 * unless told otherwise, and white text on it is not seen; one with no fill shows what lies behind it.
 * A fill of any colour but white, a gradient, a pattern or a picture paints. A colour made lighter, darker
 * or see-through (DrawingML's colour transforms) is not worked out: it counts as painting, since hiding text
 * a person sees would be the worse error.
 */
import { childElements, firstChild, type XmlElement } from './xmlTree'

/** true: paints; false: white; undefined: no fill, what lies behind shows. */
export type Fill = boolean | undefined

/** VML shapes that may hold a text box. */
const VML_SHAPES = new Set(['v:shape', 'v:rect', 'v:roundrect', 'v:oval', 'v:polyline', 'v:arc'])
const PAINTING_FILLS = new Set(['a:gradfill', 'a:blipfill', 'a:pattfill', 'a:grpfill'])
const WHITE_HEX = /^#?(?:ffffff|fff)$/i
/** DrawingML colours of white: scheme colours of the background, the window's system colour, preset white. */
const WHITE_COLOURS: Readonly<Record<string, (colour: XmlElement) => boolean>> = {
  'a:srgbclr': (colour) => WHITE_HEX.test(colour.attributes.val ?? ''),
  'a:schemeclr': (colour) => /^(?:bg1|lt1)$/.test(colour.attributes.val ?? ''),
  'a:sysclr': (colour) => WHITE_HEX.test(colour.attributes.lastclr ?? ''),
  'a:prstclr': (colour) => colour.attributes.val === 'white',
}

/** Whether an element is a shape whose fill lies behind a text box it holds. */
export function isShape(element: XmlElement): boolean {
  return element.name === 'wps:wsp' || VML_SHAPES.has(element.name)
}

/** A DrawingML colour (the child of a:solidFill or a:fillRef): white only when untransformed white. */
function colourFill(holder: XmlElement): Fill {
  const colour = childElements(holder)[0]
  if (colour === undefined) return true
  const white = WHITE_COLOURS[colour.name]?.(colour) === true && childElements(colour).length === 0
  return !white
}

function drawingFill(shape: XmlElement): Fill {
  const properties = firstChild(shape, 'wps:sppr')
  for (const child of properties ? childElements(properties) : []) {
    if (child.name === 'a:nofill') return undefined
    if (child.name === 'a:solidfill') return colourFill(child)
    if (PAINTING_FILLS.has(child.name)) return true
  }
  // No fill of its own: the shape style's fill reference, where index 0 is no fill.
  const style = firstChild(shape, 'wps:style')
  const reference = style && firstChild(style, 'a:fillref')
  if (reference === undefined || reference.attributes.idx === '0') return undefined
  return colourFill(reference)
}

/** A VML colour ("white", "#4472c4 [3204]", "window"): white or not. */
function vmlColourPaints(colour: string): boolean {
  const value = colour.replace(/\s*\[\d+\]\s*$/, '').trim()
  return !(WHITE_HEX.test(value) || /^(?:white|window)$/i.test(value))
}

function vmlFill(shape: XmlElement): Fill {
  const fill = firstChild(shape, 'v:fill')
  const on = fill?.attributes.on ?? shape.attributes.filled ?? 't'
  if (/^(?:f|false|0)$/i.test(on)) return undefined
  // A gradient, pattern or picture fill (v:fill type) paints.
  const type = fill?.attributes.type ?? 'solid'
  if (type !== 'solid') return true
  return vmlColourPaints(fill?.attributes.color ?? shape.attributes.fillcolor ?? 'white')
}

/** The fill of a shape (isShape). */
export function shapeFill(shape: XmlElement): Fill {
  return shape.name === 'wps:wsp' ? drawingFill(shape) : vmlFill(shape)
}
