/**
 * A tolerant HTML tokenizer for saved pages and pasted fragments. It never executes or loads anything:
 * script bodies are dropped, a <style>'s text is one raw text token (for the style sheet reader), comments (incl. Word's <!--[if !supportLists]-->) and <!…>/<?…?>
 * declarations are skipped, and anything malformed degrades to text instead of failing. A `/>` on an
 * HTML element is ignored, as a browser ignores it: `<script/>7</script>` and `<style/>…</style>` swallow
 * their content all the same (only in <svg> and <math> does `/>` close an element).
 */
import { decodeEntities } from './entities'

export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'start'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }

/** Elements whose content is not markup and not shown: skipped to their end tag. */
const SKIPPED_CONTENT = new Set(['script', 'iframe', 'noembed', 'noframes', 'noscript', 'template'])
/** Elements whose content is text with character references but no tags. */
const TEXT_ONLY_CONTENT = new Set(['title', 'textarea'])
/**
 * Elements whose content is text as written (no references), kept as one text token: a <style>'s for the
 * style sheet reader, an <xmp>'s shown as it stands (tags and all, as a browser shows it).
 */
const RAW_TEXT_CONTENT = new Set(['style', 'xmp'])

const END_TAG_PATTERNS = new Map<string, RegExp>()
/** Foreign content, where `/>` closes an element as in XML, and its HTML islands, where it does not. */
const FOREIGN_ROOTS: ReadonlySet<string> = new Set(['svg', 'math'])
const HTML_ISLANDS: ReadonlySet<string> = new Set(['foreignobject', 'annotation-xml'])

/** How deep the tokens so far stand in foreign content and in its HTML islands. */
class ForeignDepth {
  private foreign = 0
  private islands = 0

  take(token: HtmlToken): void {
    if (token.type === 'text') return
    const change = token.type === 'end' ? -1 : token.selfClosing ? 0 : 1
    if (change === 0) return
    if (FOREIGN_ROOTS.has(token.name)) this.foreign = Math.max(0, this.foreign + change)
    else if (HTML_ISLANDS.has(token.name) && this.foreign > 0)
      this.islands = Math.max(0, this.islands + change)
  }

  /** Whether a `/>` here closes the element: in foreign content, outside its HTML islands. */
  closesSelf(): boolean {
    return this.foreign > this.islands
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}

/** Index of the first character at or after `from` that ends a name: space, "/", ">" (and "=" for attributes). */
function nameEnd(html: string, from: number, stopAtEquals: boolean): number {
  let index = from
  while (index < html.length) {
    const code = html.charCodeAt(index)
    if (isSpace(code) || code === 47 || code === 62 || (stopAtEquals && code === 61)) return index
    index++
  }
  return index
}

function unquotedValueEnd(html: string, from: number): number {
  let index = from
  while (index < html.length) {
    const code = html.charCodeAt(index)
    if (isSpace(code) || code === 62) return index
    index++
  }
  return index
}

/**
 * Remembers, per needle, the earliest position from which it is known to be absent, so garbage like
 * thousands of unterminated quotes or <title>s costs one scan instead of one per occurrence.
 */
type MissMemo = Map<string, number>

function find(memo: MissMemo, html: string, needle: string, from: number): number {
  const missingFrom = memo.get(needle)
  if (missingFrom !== undefined && from >= missingFrom) return -1
  const found = html.indexOf(needle, from)
  if (found === -1) memo.set(needle, Math.min(from, missingFrom ?? from))
  return found
}

interface ParsedTag {
  token: HtmlToken
  end: number
}

function parseAttributes(
  memo: MissMemo,
  html: string,
  from: number,
): { attributes: Record<string, string>; selfClosing: boolean; end: number } {
  const attributes: Record<string, string> = {}
  let index = from
  let selfClosing = false
  while (index < html.length) {
    const code = html.charCodeAt(index)
    if (isSpace(code)) {
      index++
      continue
    }
    if (code === 62 /* > */) return { attributes, selfClosing, end: index + 1 }
    if (code === 47 /* / */) {
      selfClosing = html.charCodeAt(index + 1) === 62
      index++
      continue
    }
    selfClosing = false
    const end = nameEnd(html, index + 1, true)
    const name = html.slice(index, end).toLowerCase()
    index = end
    while (index < html.length && isSpace(html.charCodeAt(index))) index++
    let value = ''
    if (html.charCodeAt(index) === 61 /* = */) {
      index++
      while (index < html.length && isSpace(html.charCodeAt(index))) index++
      const quote = html.charCodeAt(index)
      if (quote === 34 || quote === 39) {
        const close = find(memo, html, String.fromCharCode(quote), index + 1)
        // An unterminated quote would swallow the rest of the page; stop at the tag's end instead.
        const stop = close === -1 ? find(memo, html, '>', index + 1) : close
        const valueEnd = stop === -1 ? html.length : stop
        value = html.slice(index + 1, valueEnd)
        index = close === -1 ? valueEnd : valueEnd + 1
      } else {
        const valueEnd = unquotedValueEnd(html, index)
        value = html.slice(index, valueEnd)
        index = valueEnd
      }
    }
    if (name !== '' && !(name in attributes)) attributes[name] = decodeEntities(value)
  }
  return { attributes, selfClosing, end: html.length }
}

function parseStartTag(memo: MissMemo, html: string, from: number): ParsedTag {
  const end = nameEnd(html, from + 1, false)
  const name = html.slice(from + 1, end).toLowerCase()
  const attributes = parseAttributes(memo, html, end)
  return {
    token: { type: 'start', name, attributes: attributes.attributes, selfClosing: attributes.selfClosing },
    end: attributes.end,
  }
}

function parseEndTag(memo: MissMemo, html: string, from: number): ParsedTag {
  const end = nameEnd(html, from + 2, false)
  const name = html.slice(from + 2, end).toLowerCase()
  const close = find(memo, html, '>', end)
  return { token: { type: 'end', name }, end: close === -1 ? html.length : close + 1 }
}

/** Where the content of a script/style/title… ends: the index of its end tag, or -1 when it has none. */
function contentEnd(memo: MissMemo, html: string, from: number, name: string): number {
  let pattern = END_TAG_PATTERNS.get(name)
  if (pattern === undefined) {
    pattern = new RegExp(`</${name}(?:[\\s/>]|$)`, 'gi')
    END_TAG_PATTERNS.set(name, pattern)
  }
  const key = `</${name}`
  const missingFrom = memo.get(key)
  if (missingFrom !== undefined && from >= missingFrom) return -1
  pattern.lastIndex = from
  const match = pattern.exec(html)
  if (match === null) memo.set(key, Math.min(from, missingFrom ?? from))
  return match === null ? -1 : match.index
}

/** Skips a comment or declaration starting at `from` ("<!", "<?" or "</" + non-letter); returns its end. */
function skipMarkupDeclaration(memo: MissMemo, html: string, from: number): number {
  if (html.startsWith('<!--', from)) {
    const close = find(memo, html, '-->', from + 4)
    return close === -1 ? html.length : close + 3
  }
  const close = find(memo, html, '>', from + 2)
  return close === -1 ? html.length : close + 1
}

/** Splits HTML into text, start-tag and end-tag tokens. Never throws. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  const memo: MissMemo = new Map()
  const depth = new ForeignDepth()
  let text = ''
  const flushText = (): void => {
    if (text !== '') tokens.push({ type: 'text', text: decodeEntities(text) })
    text = ''
  }
  let index = 0
  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open === -1) {
      text += html.slice(index)
      break
    }
    text += html.slice(index, open)
    const next = html.charCodeAt(open + 1)
    if (isAsciiLetter(next)) {
      flushText()
      const { token, end } = parseStartTag(memo, html, open)
      tokens.push(token)
      index = end
      if (token.type === 'start' && !(token.selfClosing && depth.closesSelf()))
        index = skipSpecialContent(memo, html, index, token.name, tokens)
      depth.take(token)
    } else if (next === 47 /* / */ && isAsciiLetter(html.charCodeAt(open + 2))) {
      flushText()
      const { token, end } = parseEndTag(memo, html, open)
      tokens.push(token)
      depth.take(token)
      index = end
    } else if (next === 33 /* ! */ || next === 63 /* ? */ || next === 47) {
      index = skipMarkupDeclaration(memo, html, open)
    } else {
      text += '<'
      index = open + 1
    }
  }
  flushText()
  return tokens
}

/** After the start tag of a raw-content element, consumes its content and end tag. */
function skipSpecialContent(
  memo: MissMemo,
  html: string,
  index: number,
  name: string,
  tokens: HtmlToken[],
): number {
  const raw = RAW_TEXT_CONTENT.has(name)
  const swallows = raw || SKIPPED_CONTENT.has(name)
  if (!swallows && !TEXT_ONLY_CONTENT.has(name)) return index
  const end = contentEnd(memo, html, index, name)
  if (end === -1) {
    // Browsers would swallow the rest of the page; a stray <title> or <textarea> must not hide the report.
    if (!swallows) return index
    tokens.push({ type: 'end', name })
    return html.length
  }
  if (raw && end > index) tokens.push({ type: 'text', text: html.slice(index, end) })
  else if (!swallows && end > index)
    tokens.push({ type: 'text', text: decodeEntities(html.slice(index, end)) })
  tokens.push({ type: 'end', name })
  const close = find(memo, html, '>', end)
  return close === -1 ? html.length : close + 1
}
