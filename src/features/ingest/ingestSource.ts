import type { IngestOptions } from '../../core/ingest/options'

/**
 * Something to ingest: a File (handed to the worker, which reads it), or bytes made on the page
 * (a fetched sample, a paste), produced only when its turn comes.
 */
export interface IngestSource {
  name: string
  size: number
  content: Blob | (() => Promise<ArrayBuffer>)
  options?: IngestOptions
}

export function sourceFromFile(
  file: File,
  name: string = file.webkitRelativePath || file.name,
): IngestSource {
  return { name, size: file.size, content: file }
}

export function sourceFromText(name: string, text: string, options?: IngestOptions): IngestSource {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.byteLength, content: () => Promise.resolve(bytes.slice().buffer), options }
}
