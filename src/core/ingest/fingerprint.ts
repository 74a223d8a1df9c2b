import type { SourceDocument } from '../model/report'

/** Whitespace, incl. U+00A0, U+3000 and the zero-width characters Word pastes. */
function isSkipped(code: number): boolean {
  if (code <= 0x20) return true
  if (code < 0x85) return false
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * A stable 64-bit hash (two 32-bit multiplicative lanes, hex) of a document's text with all
 * whitespace skipped, so the same report saved with other line breaks or indentation, or pasted
 * instead of dropped, is recognised as the same. Exact duplicates only, not the same report in
 * another format.
 */
export function fingerprintDocument(doc: Pick<SourceDocument, 'lines'>): string {
  let a = 0x811c9dc5
  let b = 0x2f4c6d8a
  for (const line of doc.lines) {
    const text = line.text
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (isSkipped(code)) continue
      a = Math.imul(a ^ code, 0x01000193)
      b = Math.imul(b ^ code, 0x5bd1e995)
      b ^= b >>> 15
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}
