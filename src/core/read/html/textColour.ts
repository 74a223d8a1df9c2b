/**
 * Text drawn in the colour of what lies behind it is not seen: an anti-copy trick slips digits set in
 * `color: transparent`, or in white (`<font color="#FFFFFF">`, `color:#fff`) on the page's white, into the
 * numbers. White counts as unseen only where nothing paints a background behind it: neither the element
 * nor an ancestor (a header cell of `bgcolor="#4472C4"` with white text shows it), by its attributes, its
 * style attribute or the page's <style> rules that reach it (see styleHidden's paintsBehind). A background
 * painted elsewhere on the page (a banner's) is not behind the numbers' text. Near enough counts as the same:
 * `#fefefe` is white to a reader's eye, and text of alpha 0.02 is not seen (NEAR_WHITE, NEAR_CLEAR). So is
 * text in the very colour of a background painted behind it (`<font color="#c6d9f1">` in a cell of
 * `bgcolor="#c6d9f1"`), where both colours are known (see solidColourOf).
 */

/** A colour value, lower-cased and without spaces, that draws nothing: transparent, or of alpha 0. */
const TRANSPARENT =
  /^(?:transparent|(?:rgba?|hsla?)\([^)]*[,/](?:0+(?:\.0*)?|\.0+)%?\)|#[\da-f]{3}0|#[\da-f]{6}00)$/
/** White, in any notation a page or a word processor writes it (`ffffff`: a <font color> without `#`). */
const WHITE =
  /^(?:white|#?f{6}|#f{3}|#f{4}|#f{8}|rgba?\(255,255,255(?:,1(?:\.0*)?|,100%)?\)|rgb\(100%,100%,100%\))$/
/** Each channel at least this (of 255): no reader tells it from white (`#fafafa`, `#fefefe`, `#fffffe`). */
const NEAR_WHITE = 250
/** An alpha at most this: text or a background drawn so faint is not seen on the page's white. */
const NEAR_CLEAR = 0.03
/** A hex colour; without `#` only six digits (a <font color>'s `fff` is a legacy value, near black). */
const HEX = /^(?:#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|([\da-f]{6}))$/
const RGB = /^rgba?\(([\d.]+%?)[,\s]+([\d.]+%?)[,\s]+([\d.]+%?)(?:[,/\s]+([\d.]+%?))?\)$/

/** A colour's red, green, blue (0–255) and alpha (0–1), for hex and rgb() notations; undefined for others. */
function channelsOf(colour: string): [number, number, number, number] | undefined {
  const match = HEX.exec(colour)
  const hex = match?.[1] ?? match?.[2]
  if (hex !== undefined) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit) : (hex.match(/../g) ?? [])
    const [r = 0, g = 0, b = 0, a = 255] = digits.map((pair) => parseInt(pair, 16))
    return [r, g, b, a / 255]
  }
  const rgb = RGB.exec(colour)
  if (rgb === null) return undefined
  const channel = (text: string | undefined, full: number) =>
    text === undefined ? full : text.endsWith('%') ? (parseFloat(text) / 100) * full : parseFloat(text)
  return [channel(rgb[1], 255), channel(rgb[2], 255), channel(rgb[3], 255), channel(rgb[4], 1)]
}

/** Channels apart by at most this (of 255) are one colour to a reader's eye. */
const SAME_COLOUR = 5
const NAMED: Readonly<Record<string, string>> = { white: '#ffffff', black: '#000000' }

/**
 * A solid colour (`#c6d9f1`, `rgb(198,217,241)`, `white`; a <font color> without `#`) as a key of its three
 * channels ('198,217,241'); undefined for a colour not known here (other names, hsl()) or not solid.
 */
export function solidColourOf(value: string): string | undefined {
  const colour = value.replace(/\s+/g, '').toLowerCase()
  const channels = channelsOf(NAMED[colour] ?? colour)
  if (channels === undefined || channels[3] < 1 - NEAR_CLEAR) return undefined
  return channels
    .slice(0, 3)
    .map((channel) => Math.round(channel))
    .join(',')
}

/** Whether two solid colours (keys of solidColourOf) look the same. */
export function sameColour(a: string, b: string): boolean {
  const first = a.split(',').map(Number)
  const second = b.split(',').map(Number)
  return first.every((channel, at) => Math.abs(channel - (second[at] ?? NaN)) <= SAME_COLOUR)
}

/** The page's own background, behind whatever paints none. */
export const PAGE_WHITE = '255,255,255'

/** Whether a colour (lower-cased, without spaces) is white or near it, or drawn too faint to be seen. */
function lookOf(colour: string): 'clear' | 'white' | undefined {
  const channels = channelsOf(colour)
  if (channels === undefined) return undefined
  const [r, g, b, a] = channels
  if (a <= NEAR_CLEAR) return 'clear'
  return Math.min(r, g, b) >= NEAR_WHITE ? 'white' : undefined
}

/** Background values that paint nothing over the page's white. */
const NO_PAINT =
  /^(?:none|transparent|inherit|initial|unset|white|#fff|#ffffff|#ffffffff|rgb\(255,255,255\))$/

export type Ink = 'unseen' | 'white' | 'shown'

/** What a `color` value draws text in; undefined for a value that keeps the inherited colour. */
export function inkOf(value: string): Ink | undefined {
  const colour = value.replace(/\s+/g, '').toLowerCase()
  if (colour === '' || /^(?:inherit|unset|currentcolor|revert)$/.test(colour)) return undefined
  const look = lookOf(colour)
  if (TRANSPARENT.test(colour) || look === 'clear') return 'unseen'
  return WHITE.test(colour) || look === 'white' ? 'white' : 'shown'
}

/**
 * Whether a `background`, `background-color` or `background-image` value paints something other than
 * white (a colour with some alpha, an image: either may lie behind white text and show it).
 */
export function paints(value: string): boolean {
  const background = value
    .replace(/!\s*important/i, '')
    .replace(/\s+/g, '')
    .toLowerCase()
  if (background === '' || NO_PAINT.test(background) || TRANSPARENT.test(background)) return false
  return lookOf(background) === undefined
}

/**
 * What an element paints behind its text: undefined for nothing (or white), else its colour when it is a
 * solid one known here (a key of solidColourOf), `colour: undefined` for an image or a colour not known.
 */
export type Backdrop = { colour: string | undefined } | undefined

/** What an element's presentational attributes paint behind its text: `bgcolor`, `background`. */
export function attributesBackdrop(attributes: Readonly<Record<string, string>>): Backdrop {
  const colour = attributes.bgcolor?.replace(/\s+/g, '').toLowerCase()
  const painted =
    colour !== undefined && colour !== '' && !NO_PAINT.test(colour) && !NO_PAINT.test(`#${colour}`)
  if (painted && lookOf(colour) === undefined)
    return { colour: solidColourOf(colour) ?? solidColourOf(`#${colour}`) }
  return (attributes.background ?? '').trim() === '' ? undefined : { colour: undefined }
}
