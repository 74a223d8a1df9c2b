/** Little-endian reads that return 0 past the end instead of throwing: damaged files stay typed. */
export function u8(bytes: Uint8Array, at: number): number {
  return bytes[at] ?? 0
}

export function u16(bytes: Uint8Array, at: number): number {
  return u8(bytes, at) | (u8(bytes, at + 1) << 8)
}

export function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0
}

export function i32(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) | 0
}
