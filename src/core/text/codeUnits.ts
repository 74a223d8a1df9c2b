/**
 * Strings built from UTF-16 code units in a reused buffer. Making a long string one character or slice at
 * a time costs a concatenation per piece; the UTF-16 decoder makes it in one call that only copies (about
 * 0.4 µs whatever the length, so short strings are better concatenated).
 */
import { createTextDecoder } from '../decode/textDecoder'

/** The buffer holds UTF-16 in the platform's byte order (little-endian on every platform we know). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const decoder = createTextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be')
let buffer = new Uint16Array(1 << 12)

/** Whether strings can be made from code units here (every platform with TextDecoder). */
export const canBuildFromUnits = decoder !== undefined

/**
 * The shared buffer, with room for at least `capacity` units. Its content is only good until the next call
 * to this function: fill it and make the string at once.
 */
export function unitBuffer(capacity: number): Uint16Array {
  if (buffer.length < capacity) buffer = new Uint16Array(Math.max(capacity, buffer.length * 2))
  return buffer
}

/** The string of the first `length` units of `units`. */
export function stringFromUnits(units: Uint16Array, length: number): string {
  return decoder?.decode(new Uint8Array(units.buffer, units.byteOffset, length * 2)) ?? ''
}
