import type { IngestSource } from './ingestSource'

function sampleUrl(path: string): string {
  return `${import.meta.env.BASE_URL}samples/${path}`
}

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(sampleUrl(path))
  if (!response.ok) throw new Error(`${path}：HTTP ${response.status}`)
  return response.arrayBuffer()
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
}

/** The sample reports shipped in public/samples/, as listed by its index.json (same origin). */
export async function loadSampleSources(): Promise<IngestSource[]> {
  const response = await fetch(sampleUrl('index.json'))
  if (!response.ok) throw new Error(`示例列表 HTTP ${response.status}`)
  const index: unknown = await response.json()
  if (!isStringArray(index)) throw new Error('示例列表格式不对')
  const buffers = await Promise.all(index.map((name) => fetchBytes(name)))
  return index.map((name, i) => {
    const buffer = buffers[i] ?? new ArrayBuffer(0)
    return { name, size: buffer.byteLength, content: () => Promise.resolve(buffer) }
  })
}
