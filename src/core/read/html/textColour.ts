/**
 * Text drawn in the colour of what lies behind it is not seen: an anti-copy trick slips digits set in
 * `color: transparent`, or in white (`<font color="#FFFFFF">`, `color:#fff`) on the page's white, into the
 * numbers. White counts as unseen only where nothing paints a background behind it: neither the element
 * nor an ancestor (a header cell of `bgcolor="#4472C4"` with white text shows it), by its attributes, its
 * style attribute or the page's <style> rules that reach it (see styleHidden's paintsBehind). A background
 * painted elsewhere on the page (a banner's) is not behind the numbers' text.
 */

/** A colour value, lower-cased and without spaces, that draws nothing: transparent, or of alpha 0. */
const TRANSPARENT =
  /^(?:transparent|(?:rgba?|hsla?)\([^)]*[,/](?:0+(?:\.0*)?|\.0+)%?\)|#[\da-f]{3}0|#[\da-f]{6}00)$/
/** White, in any notation a page or a word processor writes it (`ffffff`: a <font color> without `#`). */
const WHITE =
  /^(?:white|#?f{6}|#f{3}|#f{4}|#f{8}|rgba?\(255,255,255(?:,1(?:\.0*)?|,100%)?\)|rgb\(100%,100%,100%\))$/
/** Background values that paint nothing over the page's white. */
const NO_PAINT =
  /^(?:none|transparent|inherit|initial|unset|white|#fff|#ffffff|#ffffffff|rgb\(255,255,255\))$/

export type Ink = 'unseen' | 'white' | 'shown'

/** What a `color` value draws text in; undefined for a value that keeps the inherited colour. */
export function inkOf(value: string): Ink | undefined {
  const colour = value.replace(/\s+/g, '').toLowerCase()
  if (colour === '' || /^(?:inherit|unset|currentcolor|revert)$/.test(colour)) return undefined
  if (TRANSPARENT.test(colour)) return 'unseen'
  return WHITE.test(colour) ? 'white' : 'shown'
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
  return background !== '' && !NO_PAINT.test(background) && !TRANSPARENT.test(background)
}

/** Whether an element's presentational attributes paint a background behind its text: `bgcolor`, `background`. */
export function attributesPaint(attributes: Readonly<Record<string, string>>): boolean {
  const colour = attributes.bgcolor?.replace(/\s+/g, '').toLowerCase()
  if (colour !== undefined && colour !== '' && !NO_PAINT.test(colour) && !NO_PAINT.test(`#${colour}`))
    return true
  return (attributes.background ?? '').trim() !== ''
}
