import type { IngestOptions } from '../../core/ingest/options'

/** Something to ingest whose bytes are read only when its turn comes (a File, a fetched sample, a paste). */
export interface IngestSource {
  name: string
  size: number
  read: () => Promise<ArrayBuffer>
  options?: IngestOptions
}

export function sourceFromFile(
  file: File,
  name: string = file.webkitRelativePath || file.name,
): IngestSource {
  return { name, size: file.size, read: () => file.arrayBuffer() }
}

export function sourceFromText(name: string, text: string, options?: IngestOptions): IngestSource {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.byteLength, read: () => Promise.resolve(bytes.slice().buffer), options }
}
