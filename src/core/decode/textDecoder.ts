/**
 * TextDecoder is a global in Node 20, in workers and in browsers, but the core's tsconfig has no DOM
 * or Node types, so the core describes the small part it uses and looks the constructor up at run time.
 */
export interface TextDecoderLike {
  decode(input: Uint8Array): string
}

interface TextDecoderConstructor {
  new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoderLike
}

const constructorOnGlobal = (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder

/** A decoder for `label`, or undefined when the platform lacks TextDecoder or that encoding. */
export function createTextDecoder(label: string, fatal = false): TextDecoderLike | undefined {
  if (!constructorOnGlobal) return undefined
  try {
    return new constructorOnGlobal(label, { fatal, ignoreBOM: true })
  } catch {
    return undefined
  }
}
