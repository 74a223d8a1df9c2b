/** Character tests on UTF-16 code units, for scanners that walk a string instead of running a regex. */

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** A CJK unified ideograph of the basic block or extension A: what report text is written in. */
export function isCjkIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}

/** What JavaScript's \s matches (ECMAScript WhiteSpace and LineTerminator), which String.trim removes. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
