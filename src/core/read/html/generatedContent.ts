/**
 * Text a page's style sheet draws before or after an element (`.n::before { content: "1" }`,
 * `span::after { content: attr(data-n) }`): a browser shows it as part of the element's text, though the
 * page's markup does not hold it. Anti-copy tricks write digits of a number that way, so that the
 * markup reads 436 where the page shows 1436. Only strings and `attr()` are read; a value with a counter,
 * a quote mark or an image is not (its text is unknown, and none is added). Icon fonts' private-use
 * characters (`content: "\e601"`) are no text.
 */

/** A piece of generated text: a string, or the value of one of the element's attributes. */
export type ContentPart = { text: string } | { attribute: string }

/** A pseudo-element a rule gives content: `::before`, `::after` (or the older `:before`, `:after`). */
export const GENERATING_PSEUDO = /::?(before|after)\s*$/i
const STRING = /^(?:"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)')/
const ATTRIBUTE = /^attr\(\s*([\w-]+)\s*\)/i
const CSS_ESCAPE = /\\([\da-f]{1,6})\s?|\\([\s\S])/gi
const PRIVATE_USE = /[\ue000-\uf8ff]/gu

/** A string's text with its CSS escapes (`\31` is "1") resolved, icon-font characters dropped. */
function unescaped(text: string): string {
  return text
    .replace(CSS_ESCAPE, (_, hex: string | undefined, other: string | undefined) =>
      hex === undefined
        ? other === '\n'
          ? ''
          : (other ?? '')
        : String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)),
    )
    .replace(PRIVATE_USE, '')
}

/**
 * The parts of a `content` value (as written, not lower-cased: strings keep their case); an empty list
 * for `none`, `normal`, or a value holding anything but strings and `attr()`.
 */
export function contentParts(value: string): ContentPart[] {
  const parts: ContentPart[] = []
  let rest = value.replace(/!\s*important\s*$/i, '').trim()
  while (rest !== '') {
    const string = STRING.exec(rest)
    const attribute = string === null ? ATTRIBUTE.exec(rest) : null
    const match = string ?? attribute
    if (match === null) return []
    if (string !== null) parts.push({ text: unescaped(string[1] ?? string[2] ?? '') })
    else if (attribute !== null) parts.push({ attribute: (attribute[1] ?? '').toLowerCase() })
    rest = rest.slice(match[0].length).trim()
  }
  return parts
}

/** The text the parts make for an element with these attributes. */
export function contentText(parts: readonly ContentPart[], attributes: Record<string, string>): string {
  return parts.map((part) => ('text' in part ? part.text : (attributes[part.attribute] ?? ''))).join('')
}
