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
 * 1 for every skipped code unit. The hash loop runs over every character of every dropped file, and one
 * array read is much cheaper there than the chain of comparisons above.
 */
const SKIPPED: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  for (let code = 0; code < table.length; code++) table[code] = isSkipped(code) ? 1 : 0
  return table
})()

/**
 * A stable 64-bit hash (two 32-bit multiplicative lanes, hex) of a document's text with all
 * whitespace skipped, so the same report saved with other line breaks or indentation, or pasted
 * instead of dropped, is recognised as the same. Exact duplicates only, not the same report in
 * another format. The value is persisted in saved workspaces: it must never change
 * (fingerprint.test.ts pins it).
 */
export function fingerprintDocument(doc: Pick<SourceDocument, 'lines'>): string {
  let a = 0x811c9dc5
  let b = 0x2f4c6d8a
  const skipped = SKIPPED
  for (const line of doc.lines) {
    const text = line.text
    const length = text.length
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i)
      if (skipped[code] === 1) continue
      a = Math.imul(a ^ code, 0x01000193)
      b = Math.imul(b ^ code, 0x5bd1e995)
      b ^= b >>> 15
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}
