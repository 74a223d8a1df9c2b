/**
 * HTML character references. The full HTML table has 2,000+ names; government pages and Word-pasted
 * markup use a small set, so only those are known and any other name is left as written (visible, never
 * silently dropped).
 */

const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  permil: '‰',
  yen: '¥',
  cent: '¢',
  pound: '£',
  euro: '€',
  sect: '§',
  para: '¶',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  le: '≤',
  ge: '≥',
  ne: '≠',
  radic: '√',
}

/** Names browsers also accept without the closing semicolon ("&nbsp" in old CMS output). */
const LEGACY_WITHOUT_SEMICOLON = new Set([
  'nbsp',
  'amp',
  'lt',
  'gt',
  'quot',
  'copy',
  'reg',
  'times',
  'deg',
  'yen',
])

/** Numeric references 0x80–0x9F mean windows-1252 characters, as in every browser. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{0,31})(;?))/g

function fromCodePoint(code: number): string {
  const mapped = WINDOWS_1252[code] ?? code
  const invalid = mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)
  return String.fromCodePoint(invalid ? 0xfffd : mapped)
}

/** "&nbspabc" is a no-break space then "abc", as browsers read it. */
function legacyPrefix(name: string): string | undefined {
  for (const legacy of LEGACY_WITHOUT_SEMICOLON) {
    if (name.toLowerCase().startsWith(legacy)) return (NAMED[legacy] ?? '') + name.slice(legacy.length)
  }
  return undefined
}

/** Replaces character references (&nbsp; &amp; &#26412; &#x672c; …) by the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(REFERENCE, (whole, hex?: string, dec?: string, name?: string, semicolon?: string) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16))
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10))
    if (name === undefined) return whole
    const character = NAMED[name] ?? NAMED[name.toLowerCase()]
    if (semicolon === ';') return character ?? whole
    return legacyPrefix(name) ?? whole
  })
}
