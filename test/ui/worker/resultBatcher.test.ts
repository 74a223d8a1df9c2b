import { afterEach, describe, expect, it, vi } from 'vitest'
import { createResultBatcher, type FileResult } from '../../../src/worker/resultBatcher'

afterEach(() => {
  vi.useRealTimers()
})

function result(id: string): FileResult {
  return { id, items: [] }
}

describe('createResultBatcher', () => {
  it('posts the last file of a run at once', () => {
    const posted: string[][] = []
    const batcher = createResultBatcher((results) => posted.push(results.map((r) => r.id)), 16, 20)
    batcher.add(result('a'), false)
    expect(posted).toEqual([['a']])
  })

  it('collects quickly read files, and posts a full batch at once', () => {
    vi.useFakeTimers()
    const posted: string[][] = []
    const batcher = createResultBatcher((results) => posted.push(results.map((r) => r.id)), 3, 20)
    batcher.add(result('a'), true)
    batcher.add(result('b'), true)
    expect(posted).toEqual([])
    batcher.add(result('c'), true)
    expect(posted).toEqual([['a', 'b', 'c']])
    batcher.add(result('d'), false)
    expect(posted).toEqual([['a', 'b', 'c'], ['d']])
  })

  it('holds no result back longer than the age limit, and posts on flush', () => {
    vi.useFakeTimers()
    const posted: string[][] = []
    const batcher = createResultBatcher((results) => posted.push(results.map((r) => r.id)), 16, 20)
    batcher.add(result('a'), true)
    vi.advanceTimersByTime(19)
    expect(posted).toEqual([])
    vi.advanceTimersByTime(1)
    expect(posted).toEqual([['a']])
    batcher.add(result('b'), true)
    batcher.flush()
    expect(posted).toEqual([['a'], ['b']])
    vi.advanceTimersByTime(100)
    batcher.flush()
    expect(posted).toEqual([['a'], ['b']])
  })
})
