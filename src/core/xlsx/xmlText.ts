/**
 * Text as XML character data. Report text can hold what XML 1.0 forbids (control characters from a Word
 * file, a lone surrogate from a broken page): a spreadsheet program refuses the whole file over one such
 * character, so they are dropped.
 */

/** Everything XML 1.0 does not allow: C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** `text` escaped for an element's content or a double-quoted attribute. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character)
}

/** The declaration every part of the package starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
/** SpreadsheetML's namespace, and the one of relationship ids inside it. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
