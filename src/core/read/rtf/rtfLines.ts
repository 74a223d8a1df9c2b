/**
 * RTF → SourceLines. RTF is what WPS and Word write when a report is saved "as RTF", and government sites
 * often publish it under a .doc name. Text is 7-bit: \uN escapes (followed by \ucN fallback characters to
 * skip) and \'hh bytes in the document's or the current font's code page (GBK in Chinese files). Tables are
 * paragraphs marked \intbl, cells end with \cell and rows with \row; destinations that are not body text
 * (font and style tables, headers, field instructions, pictures, anything after \*) are skipped. Text that
 * is not shown is not read, as in HTML and Word: hidden (\v), tracked deletions (\deleted) and struck-through
 * text (\strike, \striked1), the old value an editor left beside the new one ("{\deleted 1346}1436").
 * Superscript or subscript text (\super, \sub) is a footnote mark ("1436" with a raised "1"), and so is a
 * short mark after a number raised or lowered by \up or \dn: each is kept bracketed, as the Word readers
 * keep it (markedText.ts), so the number reader drops it with a notice instead of running it into the
 * number. White text on the white page is not read either (rtfInk.ts).
 */
import type { SourceLine } from '../../model/report'
import { createTextDecoder, type TextDecoderLike } from '../../decode/textDecoder'
import { LineBuilder } from '../doc/lineBuilder'
import { MarkedText } from '../doc/markedText'
import { codePageEncoding, fontCharsetEncoding } from './rtfCharsets'
import { PLAIN_INK, RtfColours, type Ink } from './rtfInk'

/** Groups whose content is not body text. */
const SKIPPED_DESTINATIONS = new Set([
  'stylesheet',
  'info',
  'pict',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'fldinst',
  'datastore',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'mmathpr',
  'pgdsctbl',
  'filetbl',
  'revtbl',
  'userprops',
  'docvar',
  'bkmkstart',
  'bkmkend',
  'shpinst',
  'nonshppict',
  'objdata',
  'objclass',
  'template',
  'txe',
  'xe',
  'tc',
  'atnid',
  'atnauthor',
])

const SYMBOLS: Record<string, string> = {
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
}

/** Character properties that hide their text, each a bit of GroupState.concealed. */
const CONCEALING: Readonly<Record<string, number>> = { v: 1, deleted: 2, strike: 4, striked: 8 }

/** Deeper nesting is damage; groups beyond it share their parent's state. */
const MAX_DEPTH = 512

interface GroupState {
  skip: boolean
  /** Bits of CONCEALING that are on: the text is not shown, but cells and rows still end. */
  concealed: number
  fontTable: boolean
  /** Inside {\colortbl}: its colours are read, its text is not body text. */
  colourTable: boolean
  uc: number
  font: number
  /** \super or \sub is on (\nosupersub or \plain switch it off). */
  superOrSubscript: boolean
  /** Half-points raised (\up), negative lowered (\dn). */
  position: number
  ink: Ink
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a)
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39
}

function hexValue(byte: number): number {
  if (isDigit(byte)) return byte - 0x30
  const lower = byte | 0x20
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1
}

class RtfReader {
  private readonly lines = new LineBuilder()
  private readonly stack: GroupState[] = []
  private state: GroupState = {
    skip: false,
    concealed: 0,
    fontTable: false,
    colourTable: false,
    uc: 1,
    font: -1,
    superOrSubscript: false,
    position: 0,
    ink: PLAIN_INK,
  }
  private readonly colours = new RtfColours()
  /** Shown text, footnote marks bracketed. */
  private readonly marked = new MarkedText((text) => this.lines.addText(text))
  private inTable = false
  private pendingBytes: number[] = []
  private skipFallback = 0
  private ignorableNext = false
  private documentEncoding = 'windows-1252'
  private readonly fontEncodings = new Map<number, string>()
  private definingFont = -1
  private readonly decoders = new Map<string, TextDecoderLike | undefined>()

  constructor(private readonly bytes: Uint8Array) {}

  read(): SourceLine[] {
    const bytes = this.bytes
    let at = 0
    while (at < bytes.length) {
      const byte = bytes[at] ?? 0
      if (byte === 0x7b /* { */) {
        this.flushBytes()
        this.skipFallback = 0
        this.stack.push(this.state)
        if (this.stack.length <= MAX_DEPTH) this.state = { ...this.state, ink: { ...this.state.ink } }
        at++
      } else if (byte === 0x7d /* } */) {
        this.flushBytes()
        this.skipFallback = 0
        this.state = this.stack.pop() ?? this.state
        at++
      } else if (byte === 0x5c /* \ */) {
        at = this.control(at + 1)
      } else if (byte === 0x0d || byte === 0x0a) {
        at++
      } else {
        this.textByte(byte)
        at++
      }
    }
    this.flushBytes()
    this.marked.end()
    this.lines.finish()
    return this.lines.lines
  }

  private textByte(byte: number): void {
    if (this.skipFallback > 0) {
      this.skipFallback--
      return
    }
    if (this.state.colourTable) {
      if (byte === 0x3b /* ; */) this.colours.endEntry()
      return
    }
    if (!this.state.skip && this.shown()) this.pendingBytes.push(byte)
  }

  /** Whether text in the current state is seen: not concealed, and not white on the white page. */
  private shown(): boolean {
    return this.state.concealed === 0 && !this.colours.unseen(this.state.ink, this.inTable)
  }

  private encoding(): string {
    return this.fontEncodings.get(this.state.font) ?? this.documentEncoding
  }

  private flushBytes(): void {
    if (this.pendingBytes.length === 0) return
    const label = this.encoding()
    if (!this.decoders.has(label)) this.decoders.set(label, createTextDecoder(label))
    const decoder = this.decoders.get(label) ?? this.decoders.get('windows-1252')
    this.write(decoder?.decode(new Uint8Array(this.pendingBytes)) ?? '')
    this.pendingBytes = []
  }

  /** Shown text, with its position and whether it is superscript or subscript. */
  private write(text: string): void {
    for (const char of text) this.marked.add(char, this.state.position, this.state.superOrSubscript)
  }

  /** A control word or symbol after "\"; returns the index after it. */
  private control(from: number): number {
    const bytes = this.bytes
    const first = bytes[from] ?? 0
    if (!isLetter(first)) return this.symbol(first, from + 1)
    let at = from
    while (at < bytes.length && isLetter(bytes[at] ?? 0)) at++
    let word = ''
    for (let index = from; index < at; index++) word += String.fromCharCode(bytes[index] ?? 0)
    let parameter: number | undefined
    const negative = bytes[at] === 0x2d
    if (negative || isDigit(bytes[at] ?? 0)) {
      let digitsEnd = negative ? at + 1 : at
      let value = 0
      while (digitsEnd < bytes.length && isDigit(bytes[digitsEnd] ?? 0) && digitsEnd - at < 11) {
        value = value * 10 + ((bytes[digitsEnd] ?? 0) - 0x30)
        digitsEnd++
      }
      parameter = negative ? -value : value
      at = digitsEnd
    }
    if (bytes[at] === 0x20) at++
    if (word === 'bin') return at + Math.max(0, parameter ?? 0)
    this.word(word, parameter)
    return at
  }

  private symbol(symbol: number, next: number): number {
    if (symbol === 0x27 /* ' */) {
      const high = hexValue(this.bytes[next] ?? 0)
      const low = hexValue(this.bytes[next + 1] ?? 0)
      if (high >= 0 && low >= 0) this.textByte(high * 16 + low)
      return next + 2
    }
    this.flushBytes()
    this.skipFallback = 0
    if (symbol === 0x2a /* * */) this.ignorableNext = true
    else if (!this.state.skip) {
      if (this.state.concealed !== 0 && symbol !== 0x0a && symbol !== 0x0d) return next
      if (symbol === 0x5c || symbol === 0x7b || symbol === 0x7d) this.write(String.fromCharCode(symbol))
      else if (symbol === 0x7e /* ~ */) this.write('\u00a0')
      else if (symbol === 0x5f /* _ */) this.write('-')
      else if (symbol === 0x0a || symbol === 0x0d) this.paragraph()
    }
    return next
  }

  private word(word: string, parameter: number | undefined): void {
    if (word !== 'u') {
      this.flushBytes()
      this.skipFallback = 0
    }
    const ignorable = this.ignorableNext
    this.ignorableNext = false
    if (word === 'fonttbl') {
      this.state.skip = true
      this.state.fontTable = true
      return
    }
    if (word === 'colortbl') {
      this.state.skip = true
      this.state.colourTable = true
      return
    }
    if (this.state.colourTable) {
      this.colours.tableWord(word, parameter)
      return
    }
    if (this.state.fontTable) {
      if (word === 'f' && parameter !== undefined) this.definingFont = parameter
      else if (word === 'fcharset' && parameter !== undefined) {
        const encoding = fontCharsetEncoding(parameter)
        if (encoding !== undefined && encoding !== 'windows-1252')
          this.fontEncodings.set(this.definingFont, encoding)
      }
      return
    }
    if (SKIPPED_DESTINATIONS.has(word) || (ignorable && word !== 'fldrslt')) {
      this.state.skip = true
      return
    }
    if (word === 'ansicpg' && parameter !== undefined) {
      this.documentEncoding = codePageEncoding(parameter) ?? this.documentEncoding
      return
    }
    if (word === 'uc' && parameter !== undefined) this.state.uc = Math.max(0, parameter)
    else if (word === 'f' && parameter !== undefined) this.state.font = parameter
    if (this.state.skip) return
    this.colours.word(word, parameter, this.state.ink)
    if (this.conceal(word, parameter)) return
    // Paragraph properties of styles and other skipped groups do not apply to the body.
    if (word === 'pard') this.inTable = false
    else if (word === 'intbl') this.inTable = true
    this.text(word, parameter)
  }

  /** Whether `word` switches a concealing character property (\plain switches them all off). */
  private conceal(word: string, parameter: number | undefined): boolean {
    if (word === 'plain') {
      this.state.concealed = 0
      this.state.superOrSubscript = false
      this.state.position = 0
      return true
    }
    if (word === 'super' || word === 'nosupersub' || word === 'sub') {
      this.state.superOrSubscript = word !== 'nosupersub' && parameter !== 0
      return true
    }
    if (word === 'up' || word === 'dn') {
      // Both default to 6 half-points (3 pt).
      const halfPoints = parameter ?? 6
      this.state.position = word === 'up' ? halfPoints : -halfPoints
      return true
    }
    const bit = CONCEALING[word]
    if (bit === undefined) return false
    // "\strike" and "\strike1" switch on, "\strike0" off; "\striked" takes the same values.
    if (parameter === 0) this.state.concealed &= ~bit
    else this.state.concealed |= bit
    return true
  }

  private text(word: string, parameter: number | undefined): void {
    switch (word) {
      case 'u':
        if (parameter !== undefined) {
          this.flushBytes()
          if (this.shown()) this.write(String.fromCharCode(parameter < 0 ? parameter + 0x10000 : parameter))
          this.skipFallback = this.state.uc
        }
        return
      case 'par':
        this.paragraph()
        return
      case 'line':
        this.marked.flush()
        this.lines.add(0x0a)
        return
      case 'tab':
        this.marked.flush()
        this.lines.add(0x09)
        return
      case 'cell':
        this.marked.end()
        this.lines.endCell()
        return
      case 'nestcell':
        this.write(' ')
        return
      case 'row':
        this.marked.end()
        this.lines.endRow()
        return
      case 'page':
      case 'sect':
      case 'column':
        this.marked.end()
        if (!this.inTable) this.lines.endParagraph()
        return
      default: {
        const symbol = SYMBOLS[word]
        if (symbol !== undefined && this.shown()) this.write(symbol)
      }
    }
  }

  private paragraph(): void {
    this.marked.end()
    if (this.inTable) this.lines.endCellParagraph()
    else this.lines.endParagraph()
  }
}

export function rtfLines(bytes: Uint8Array): SourceLine[] {
  return new RtfReader(bytes).read()
}

/** "{\rtf" at the start, after optional whitespace: what the sniffer and the reader accept as RTF. */
export function looksLikeRtf(bytes: Uint8Array): boolean {
  let at = 0
  while (
    at < bytes.length &&
    at < 64 &&
    (bytes[at] === 0x20 || bytes[at] === 0x0d || bytes[at] === 0x0a || bytes[at] === 0x09)
  )
    at++
  return [0x7b, 0x5c, 0x72, 0x74, 0x66].every((byte, index) => bytes[at + index] === byte)
}
