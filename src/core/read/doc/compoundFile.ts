/**
 * Streams of an OLE compound file (.doc, .wps, .xls, encrypted .docx) through SheetJS cfb. cfb is
 * CommonJS: bundlers and Node hand it over as the namespace or as its default export.
 */
import * as cfbNamespace from 'cfb'

type CfbApi = typeof cfbNamespace

const cfb: CfbApi = (cfbNamespace as CfbApi & { default?: CfbApi }).default ?? cfbNamespace

export interface CompoundFile {
  /** The stream at the root named `name` (case-insensitive, as the format specifies), or undefined. */
  stream(name: string): Uint8Array | undefined
}

/** Throws on a damaged container; callers turn that into a typed error. */
export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  const container = cfb.read(bytes, { type: 'array' })
  const streams = new Map<string, Uint8Array>()
  container.FileIndex.forEach((entry, index) => {
    const path = container.FullPaths[index] ?? ''
    // Root-level streams only: "Root Entry/WordDocument", not embedded objects' streams.
    if (entry.type !== 2 || path.split('/').length !== 2) return
    const content = entry.content
    const data = content instanceof Uint8Array ? content : Uint8Array.from(content)
    streams.set(entry.name.toLowerCase(), data.subarray(0, entry.size))
  })
  return { stream: (name) => streams.get(name.toLowerCase()) }
}
