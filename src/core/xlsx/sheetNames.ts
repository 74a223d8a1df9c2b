/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g
const MAX_LENGTH = 31

/**
 * Names Excel accepts, one per sheet: forbidden characters become "_", at most 31 characters, no leading
 * or trailing apostrophe, and no two alike (Excel compares them ignoring case).
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>()
  return wanted.map((name, index) => {
    const base =
      name
        .replace(FORBIDDEN, '_')
        .replace(/^'+|'+$/g, '')
        .slice(0, MAX_LENGTH) || `Sheet${index + 1}`
    let candidate = base
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) {
      const suffix = ` (${copy})`
      candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix
    }
    taken.add(candidate.toLowerCase())
    return candidate
  })
}
