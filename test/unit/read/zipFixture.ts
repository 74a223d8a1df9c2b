/**
 * Builds zip archives byte by byte for tests, so a test can set what real tools set and fflate's writer
 * never does: names in GBK without the UTF-8 flag, encrypted flags, sizes that lie.
 */
import { deflateSync } from 'fflate'

export interface ZipFixtureEntry {
  /** Raw name bytes (e.g. GBK), or a string written as UTF-8. */
  name: Uint8Array | string
  data: Uint8Array
  deflate?: boolean
  /** General-purpose flags; bit 11 (UTF-8) is set automatically for string names. */
  flags?: number
  /** Uncompressed size to record instead of the real one. */
  claimedSize?: number
}

function le(value: number, bytes: number): number[] {
  const out: number[] = []
  for (let index = 0; index < bytes; index++) out.push(Math.floor(value / 256 ** index) % 256)
  return out
}

export function buildZip(entries: ZipFixtureEntry[]): Uint8Array {
  const local: number[] = []
  const central: number[] = []
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? new TextEncoder().encode(entry.name) : entry.name
    const flags = (entry.flags ?? 0) | (typeof entry.name === 'string' ? 0x0800 : 0)
    const body = entry.deflate ? deflateSync(entry.data) : entry.data
    const method = entry.deflate ? 8 : 0
    const size = entry.claimedSize ?? entry.data.length
    const offset = local.length
    const common = [...le(20, 2), ...le(flags, 2), ...le(method, 2), ...le(0, 4), ...le(0, 4)]
    local.push(...le(0x04034b50, 4), ...common, ...le(body.length, 4), ...le(size, 4))
    local.push(...le(name.length, 2), ...le(0, 2), ...name)
    for (const byte of body) local.push(byte)
    central.push(...le(0x02014b50, 4), ...le(20, 2), ...common, ...le(body.length, 4), ...le(size, 4))
    central.push(...le(name.length, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4))
    central.push(...le(offset, 4), ...name)
  }
  const end = [
    ...le(0x06054b50, 4),
    ...le(0, 4),
    ...le(entries.length, 2),
    ...le(entries.length, 2),
    ...le(central.length, 4),
    ...le(local.length, 4),
    ...le(0, 2),
  ]
  return new Uint8Array([...local, ...central, ...end])
}
