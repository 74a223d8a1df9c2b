import { MAIN_NS, XML_HEAD, xmlText } from './xmlText'

/**
 * Cell text as SpreadsheetML stores it: readers decode "_xHHHH_" to the character HHHH, so a text that holds
 * such a run literally gets its "_" written as _x005F_; a carriage return, which XML would turn into a line
 * feed, is written as _x000D_, as Excel does.
 */
function escapedCellText(text: string): string {
  return text.replace(/_x[0-9A-Fa-f]{4}_/g, '_x005F$&').replaceAll('\r', '_x000D_')
}

/**
 * The workbook's string table: every text cell points into it, so an agency named in a thousand rows is
 * stored once. Excel, WPS and LibreOffice all read it; inline strings are less widely supported.
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>()
  private readonly texts: string[] = []
  private uses = 0

  /** The index of `text` in the table, added when new. */
  indexOf(text: string): number {
    this.uses++
    let index = this.indexes.get(text)
    if (index === undefined) {
      index = this.texts.length
      this.indexes.set(text, index)
      this.texts.push(text)
    }
    return index
  }

  toXml(): string {
    const items = this.texts.map((text) => {
      // Without xml:space="preserve" spreadsheet programs drop a text's leading and trailing spaces.
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''
      return `<si><t${space}>${xmlText(escapedCellText(text))}</t></si>`
    })
    return (
      XML_HEAD +
      `<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.texts.length}">` +
      items.join('') +
      '</sst>'
    )
  }
}
