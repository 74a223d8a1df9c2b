import { describe, expect, it } from 'vitest'
import { createReadAhead, type BlobLike } from '../../../src/worker/readAhead'

/** A file of the given bytes that counts how often it is read; `fails` makes its own reads reject. */
function fakeFile(bytes: number[], reads: string[], name: string, fails = false): BlobLike {
  return {
    size: bytes.length,
    arrayBuffer: () => {
      reads.push(name)
      return fails
        ? Promise.reject(new Error(`${name} unreadable`))
        : Promise.resolve(new Uint8Array(bytes).buffer)
    },
  }
}

/** new Blob(parts) as the worker makes it: its bytes are the parts' bytes, read when it is read. */
function combiner(reads: string[], fails = false) {
  return (parts: BlobLike[]): BlobLike => ({
    size: parts.reduce((sum, part) => sum + part.size, 0),
    arrayBuffer: async () => {
      reads.push(`batch of ${parts.length}`)
      if (fails) throw new Error('batch unreadable')
      const buffers = await Promise.all(parts.map((part) => part.arrayBuffer()))
      const whole = new Uint8Array(buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0))
      let at = 0
      for (const buffer of buffers) {
        whole.set(new Uint8Array(buffer), at)
        at += buffer.byteLength
      }
      return whole.buffer
    },
  })
}

const bytesOf = async (pending: { read(): Promise<ArrayBuffer> }) => [...new Uint8Array(await pending.read())]

describe('createReadAhead', () => {
  it('reads the files waiting behind the first one in one go, each getting its own bytes', async () => {
    const reads: string[] = []
    const readAhead = createReadAhead(1_000, combiner(reads))
    const files = [[1, 2], [3], [4, 5, 6]].map((bytes, i) => readAhead(fakeFile(bytes, reads, `f${i}`)))
    expect(reads).toEqual([])
    expect(await bytesOf(files[0]!)).toEqual([1, 2])
    expect(reads[0]).toBe('batch of 3')
    expect(await bytesOf(files[1]!)).toEqual([3])
    expect(await bytesOf(files[2]!)).toEqual([4, 5, 6])
    // Only the batch was read (its parts once each, by the combined blob): no file a second time.
    expect(reads).toEqual(['batch of 3', 'f0', 'f1', 'f2'])
  })

  it('keeps a batch within the budget of bytes not yet parsed, but always reads the file whose turn it is', async () => {
    const reads: string[] = []
    const readAhead = createReadAhead(10, combiner(reads))
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => readAhead(fakeFile([1, 2, 3, 4], reads, name)))
    await a?.read()
    expect(reads[0]).toBe('batch of 2')
    await b?.read()
    // a and b (8 bytes) are not parsed yet: c is read at its turn, alone, and d is left for later.
    reads.length = 0
    await c?.read()
    expect(reads).toEqual(['c'])
    for (const file of [a, b, c]) file?.done()
    await d?.read()
    expect(reads).toEqual(['c', 'd'])
  })

  it('reads each file alone when a batch cannot be read, so one unreadable file fails only itself', async () => {
    const reads: string[] = []
    const readAhead = createReadAhead(1_000, combiner(reads, true))
    const good = readAhead(fakeFile([7], reads, 'good'))
    const bad = readAhead(fakeFile([8], reads, 'bad', true))
    expect(await bytesOf(good)).toEqual([7])
    await expect(bad.read()).rejects.toThrow('bad unreadable')
  })

  it('reads each file alone when the files cannot be combined', async () => {
    const reads: string[] = []
    const readAhead = createReadAhead(1_000, (): BlobLike => {
      throw new Error('no Blob here')
    })
    const files = [[1], [2]].map((bytes, i) => readAhead(fakeFile(bytes, reads, `f${i}`)))
    expect(await bytesOf(files[0]!)).toEqual([1])
    expect(await bytesOf(files[1]!)).toEqual([2])
    expect(reads).toEqual(['f0', 'f1'])
  })

  it('passes bytes sent as an ArrayBuffer through', async () => {
    const readAhead = createReadAhead(1_000, combiner([]))
    expect(await bytesOf(readAhead(new Uint8Array([9, 9]).buffer))).toEqual([9, 9])
  })
})
