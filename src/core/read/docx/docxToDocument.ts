/**
 * A .docx (WordprocessingML in a zip) → SourceDocument. The text is the main document's (word/document.xml,
 * or the part the package names so: mainPart.ts) with the chunks it imports, shown as its style sheet
 * formats it in the colours of its theme: headers, footers, footnotes and comments are not part of a
 * report's tables.
 */
import { decodeText } from '../../decode/decodeText'
import { MAX_FILE_BYTES } from '../../ingest/limits'
import type { ParseError, SourceDocument } from '../../model/report'
import { extractZipEntry, listZipEntries } from '../zipArchive'
import { altChunkReader } from './altChunks'
import { bodyLines } from './bodyLines'
import { mainPartName, normalizedPartName, partReader } from './mainPart'
import { packageParts } from './packageParts'
import { readStyleSheet } from './styleSheet'
import { colourPaints } from './shading'
import { readTheme, resolveThemeColours } from './themeColours'
import { findDescendant, firstChild, parseXml, type XmlElement } from './xmlTree'

/**
 * Whether the document sets a page colour (w:background) other than white: white text may show on it.
 * Word shows it on screen, not in print; either way the text is not taken for hidden.
 */
function hasBackground(root: XmlElement): boolean {
  const document = findDescendant(root, 'w:document')
  const colour = document && firstChild(document, 'w:background')?.attributes['w:color']
  return colour !== undefined && colourPaints(colour)
}

export type DocxResult = { ok: true; doc: SourceDocument } | { ok: false; error: ParseError }

function corrupt(message: string): DocxResult {
  return { ok: false, error: { code: 'corrupt', message } }
}

/** Never throws: a damaged package or part is a 'corrupt' error in Chinese. */
export function docxToDocument(
  name: string,
  bytes: Uint8Array,
  maxBytes: number = MAX_FILE_BYTES,
): DocxResult {
  const listed = listZipEntries(bytes)
  if (!listed.ok) {
    if (listed.error.code !== 'corrupt') return listed
    return corrupt('Word 文档已损坏，无法打开（可能下载不完整）')
  }
  const mainPart = mainPartName(listed.value, partReader(bytes, listed.value, maxBytes))
  const main = listed.value.find((entry) => normalizedPartName(entry.name) === mainPart)
  if (mainPart === undefined || !main) return corrupt('Word 文档已损坏：缺少正文部分（word/document.xml）')
  const extracted = extractZipEntry(bytes, main, maxBytes)
  if (!extracted.ok) return { ok: false, error: extracted.error }
  try {
    const root = parseXml(decodeText(extracted.value).text)
    const body = findDescendant(root, 'w:body')
    if (!body) return corrupt('Word 文档已损坏：正文部分没有内容（w:body）')
    const parts = packageParts(bytes, listed.value, maxBytes, mainPart)
    const theme = readTheme(parts.part('theme'), parts.part('settings'))
    const styles = parts.part('styles')
    for (const tree of [root, styles]) if (tree) resolveThemeColours(tree, theme)
    const lines = bodyLines(body, altChunkReader(parts), readStyleSheet(styles), hasBackground(root))
    return { ok: true, doc: { name, kind: 'docx', encoding: 'utf-8', lines } }
  } catch {
    // Only pathological nesting gets here (the tree walk is recursive).
    return corrupt('Word 文档结构异常，无法读取')
  }
}
