/**
 * A zip archive's central directory and bounded extraction. fflate only inflates here: its unzip trusts
 * the sizes the archive claims (a lying header allocates gigabytes or inflates forever into a fixed
 * buffer), gives no access to the raw name bytes GBK archives need, and cannot tell encrypted entries.
 */
import { Inflate } from 'fflate'
import { decodeText } from '../decode/decodeText'
import { createTextDecoder } from '../decode/textDecoder'
import { formatByteSize } from '../ingest/limits'
import type { ParseError } from '../model/report'

export interface ZipEntry {
  /** The path inside the archive, "/"-separated, decoded (UTF-8 flag, Info-ZIP unicode path, else UTF-8/GBK). */
  name: string
  compressedSize: number
  size: number
  /** 0 stored, 8 deflate; anything else cannot be read. */
  method: number
  encrypted: boolean
  directory: boolean
  /** Offset of the entry's local header. */
  headerOffset: number
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; error: ParseError }

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_LENGTH = 22
const MAX_COMMENT = 0xffff
const ZIP64_EXTRA = 0x0001
const UNICODE_PATH_EXTRA = 0x7075
const FLAG_ENCRYPTED = 0x0001
const FLAG_UTF8 = 0x0800
/** Report bundles hold dozens of files; tens of thousands of entries are an attack or not a bundle. */
export const MAX_ZIP_ENTRIES = 5000
/** Compressed input fed to the inflater per step, so output is checked against the limit every ≤ ~16 MB. */
const INFLATE_STEP = 16 * 1024

const utf8 = createTextDecoder('utf-8')

function corrupt(message: string): { ok: false; error: ParseError } {
  return { ok: false, error: { code: 'corrupt', message } }
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0
}

/** 64-bit little-endian as a number; sizes above 2^53 do not occur in files a browser can hold. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - EOCD_LENGTH
  const first = Math.max(0, last - MAX_COMMENT)
  for (let at = last; at >= first; at--) if (u32(bytes, at) === EOCD_SIGNATURE) return at
  return -1
}

interface Directory {
  count: number
  offset: number
}

function locateDirectory(bytes: Uint8Array, eocd: number): Directory {
  const directory = { count: u16(bytes, eocd + 10), offset: u32(bytes, eocd + 16) }
  const locator = eocd - 20
  if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR_SIGNATURE) return directory
  const zip64 = u64(bytes, locator + 8)
  if (zip64 + 56 > bytes.length || u32(bytes, zip64) !== ZIP64_EOCD_SIGNATURE) return directory
  return { count: u64(bytes, zip64 + 32), offset: u64(bytes, zip64 + 48) }
}

function decodeName(raw: Uint8Array, flags: number, unicodePath: string | undefined): string {
  if (unicodePath !== undefined) return unicodePath
  if ((flags & FLAG_UTF8) !== 0) return utf8?.decode(raw) ?? ''
  // Windows zip tools write the ANSI code page (GBK on Chinese systems) without the flag; macOS writes UTF-8.
  return decodeText(raw).text
}

interface ExtraFields {
  size?: number
  compressedSize?: number
  headerOffset?: number
  unicodePath?: string
}

interface Zip64Needs {
  size: boolean
  compressedSize: boolean
  headerOffset: boolean
}

function readExtraFields(bytes: Uint8Array, from: number, to: number, needs: Zip64Needs): ExtraFields {
  const fields: ExtraFields = {}
  let at = from
  while (at + 4 <= to) {
    const id = u16(bytes, at)
    const length = u16(bytes, at + 2)
    const body = at + 4
    if (id === ZIP64_EXTRA) {
      // Only the fields whose 32-bit slot holds 0xFFFFFFFF are present, in this order.
      let field = body
      if (needs.size) {
        fields.size = u64(bytes, field)
        field += 8
      }
      if (needs.compressedSize) {
        fields.compressedSize = u64(bytes, field)
        field += 8
      }
      if (needs.headerOffset) fields.headerOffset = u64(bytes, field)
    } else if (id === UNICODE_PATH_EXTRA && length > 5 && bytes[body] === 1) {
      fields.unicodePath = utf8?.decode(bytes.subarray(body + 5, body + length))
    }
    at = body + length
  }
  return fields
}

const FLAG_DATA_DESCRIPTOR = 0x0008
const LOCAL_HEADER_LENGTH = 30
/** What is kept of each name: enough for its folders. */
const NAME_PREFIX = 64

/**
 * The names of the first `limit` entries from their local headers, as far as the bytes go: a file cut
 * short has no central directory. An entry whose size follows its data (a data descriptor) is stepped over
 * by finding the next local header. Names are read byte for byte (Latin-1) and cut at 64 bytes: for
 * telling package kinds by their ASCII part folders, never for showing.
 */
export function localEntryNames(bytes: Uint8Array, limit: number): string[] {
  const names: string[] = []
  let at = 0
  while (
    names.length < limit &&
    at + LOCAL_HEADER_LENGTH <= bytes.length &&
    u32(bytes, at) === LOCAL_SIGNATURE
  ) {
    const nameLength = u16(bytes, at + 26)
    const dataStart = at + LOCAL_HEADER_LENGTH + nameLength + u16(bytes, at + 28)
    const nameStart = at + LOCAL_HEADER_LENGTH
    names.push(
      String.fromCharCode(...bytes.subarray(nameStart, nameStart + Math.min(nameLength, NAME_PREFIX))),
    )
    const compressedSize = u32(bytes, at + 18)
    if ((u16(bytes, at + 6) & FLAG_DATA_DESCRIPTOR) !== 0 && compressedSize === 0) {
      const next = nextLocalHeader(bytes, dataStart)
      if (next < 0) break
      at = next
    } else at = dataStart + compressedSize
  }
  return names
}

function nextLocalHeader(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0x50, from); at !== -1; at = bytes.indexOf(0x50, at + 1))
    if (u32(bytes, at) === LOCAL_SIGNATURE) return at
  return -1
}

/** The entries listed in the central directory, or 'corrupt' when there is none to read. */
export function listZipEntries(bytes: Uint8Array): ZipResult<ZipEntry[]> {
  const eocd = findEndOfCentralDirectory(bytes)
  if (eocd < 0) return corrupt('压缩文件已损坏：找不到文件目录（可能下载不完整）')
  const { count, offset } = locateDirectory(bytes, eocd)
  if (count > MAX_ZIP_ENTRIES) {
    return { ok: false, error: { code: 'too-large', message: `压缩包内文件过多（${count} 个），未读取` } }
  }
  const entries: ZipEntry[] = []
  let at = offset
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      return corrupt('压缩文件已损坏：文件目录不完整')
    }
    const flags = u16(bytes, at + 8)
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const commentLength = u16(bytes, at + 32)
    const nameStart = at + 46
    const extraStart = nameStart + nameLength
    const compressed32 = u32(bytes, at + 20)
    const size32 = u32(bytes, at + 24)
    const offset32 = u32(bytes, at + 42)
    const extra = readExtraFields(bytes, extraStart, extraStart + extraLength, {
      size: size32 === 0xffffffff,
      compressedSize: compressed32 === 0xffffffff,
      headerOffset: offset32 === 0xffffffff,
    })
    const name = decodeName(bytes.subarray(nameStart, extraStart), flags, extra.unicodePath).replace(
      /\\/g,
      '/',
    )
    entries.push({
      name,
      compressedSize: extra.compressedSize ?? compressed32,
      size: extra.size ?? size32,
      method: u16(bytes, at + 10),
      encrypted: (flags & FLAG_ENCRYPTED) !== 0,
      directory: name.endsWith('/'),
      headerOffset: extra.headerOffset ?? offset32,
    })
    at = extraStart + extraLength + commentLength
  }
  return { ok: true, value: entries }
}

function tooLarge(name: string, maxBytes: number): { ok: false; error: ParseError } {
  return {
    ok: false,
    error: {
      code: 'too-large',
      message: `压缩包内的文件“${name}”解压后超过 ${formatByteSize(maxBytes)} 的上限（可能是压缩炸弹），未读取`,
    },
  }
}

/** Inflates in small steps and stops as soon as the output passes `limit`, whatever the header claims. */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array | 'too-large' {
  const chunks: Uint8Array[] = []
  let total = 0
  let exceeded = false
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total > limit) exceeded = true
    else chunks.push(chunk)
  })
  for (let at = 0; at < data.length && !exceeded; at += INFLATE_STEP) {
    const end = Math.min(data.length, at + INFLATE_STEP)
    inflater.push(data.subarray(at, end), end === data.length)
  }
  if (exceeded) return 'too-large'
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function inflateEntry(data: Uint8Array, entry: ZipEntry): ZipResult<Uint8Array> {
  try {
    const inflated = inflateBounded(data, entry.size)
    // Output beyond the recorded size is as wrong as output short of it: the header lies.
    if (inflated === 'too-large' || inflated.length !== entry.size) {
      return corrupt(`压缩包内的文件“${entry.name}”已损坏：解压后的大小与目录记载不符`)
    }
    return { ok: true, value: inflated }
  } catch {
    return corrupt(`压缩包内的文件“${entry.name}”已损坏，无法解压`)
  }
}

/** One entry's bytes: at most `maxBytes` of output, never more than the directory says. */
export function extractZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): ZipResult<Uint8Array> {
  if (entry.encrypted) {
    return {
      ok: false,
      error: { code: 'unsupported', message: `压缩包内的文件“${entry.name}”设有密码，无法读取` },
    }
  }
  if (entry.size > maxBytes) return tooLarge(entry.name, maxBytes)
  const header = entry.headerOffset
  if (header + 30 > bytes.length || u32(bytes, header) !== LOCAL_SIGNATURE) {
    return corrupt(`压缩包内的文件“${entry.name}”已损坏：找不到文件头`)
  }
  const start = header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28)
  const end = start + entry.compressedSize
  if (end > bytes.length) return corrupt(`压缩包内的文件“${entry.name}”不完整（压缩包可能下载不完整）`)
  const data = bytes.subarray(start, end)
  if (entry.method === 0) {
    return data.length === entry.size
      ? { ok: true, value: data.slice() }
      : corrupt(`压缩包内的文件“${entry.name}”已损坏`)
  }
  if (entry.method === 8) return inflateEntry(data, entry)
  return {
    ok: false,
    error: {
      code: 'unsupported',
      message: `压缩包内的文件“${entry.name}”使用了不支持的压缩方式（${entry.method}）`,
    },
  }
}
