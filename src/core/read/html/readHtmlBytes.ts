/** A saved web page's bytes → SourceDocument, decoded by its BOM or declared charset. */
import { decodeHtmlBytes } from '../../decode/htmlCharset'
import type { SourceDocument } from '../../model/report'
import { htmlToDocument } from './htmlToDocument'

export interface HtmlBytesResult {
  doc: SourceDocument
  /** The decoder used: 'utf-8', 'gb18030' (for gb2312/gbk/gb18030 pages), 'big5', 'utf-16le'… */
  encoding: string
}

/**
 * `kind` 'paste' for text/html from the clipboard (see htmlToDocument). Never throws: undecodable
 * bytes give replacement characters, not an exception.
 */
export function readHtmlBytes(
  name: string,
  bytes: Uint8Array,
  kind: 'html' | 'paste' = 'html',
): HtmlBytesResult {
  const { text, encoding } = decodeHtmlBytes(bytes)
  const doc = htmlToDocument(name, text, kind)
  doc.encoding = encoding
  return { doc, encoding }
}
