import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createQuietTask } from '../../../src/worker/quietTask'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('createQuietTask', () => {
  it('runs once, after the quiet time that follows the request', () => {
    const task = vi.fn()
    const quiet = createQuietTask(task, 2_000)
    quiet.request()
    vi.advanceTimersByTime(1_999)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
    quiet.busy()
    quiet.idle()
    vi.advanceTimersByTime(10_000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('waits while files are read, and counts the quiet time from the last one', () => {
    const task = vi.fn()
    const quiet = createQuietTask(task, 2_000)
    quiet.request()
    vi.advanceTimersByTime(1_500)
    quiet.busy()
    vi.advanceTimersByTime(5_000)
    expect(task).not.toHaveBeenCalled()
    quiet.idle()
    vi.advanceTimersByTime(1_500)
    quiet.busy()
    quiet.idle()
    vi.advanceTimersByTime(1_999)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('does nothing when never requested', () => {
    const task = vi.fn()
    const quiet = createQuietTask(task, 2_000)
    quiet.busy()
    quiet.idle()
    vi.advanceTimersByTime(10_000)
    expect(task).not.toHaveBeenCalled()
  })

  it('runs after a request that came while files were read, once they are done', () => {
    const task = vi.fn()
    const quiet = createQuietTask(task, 2_000)
    quiet.busy()
    quiet.request()
    vi.advanceTimersByTime(5_000)
    expect(task).not.toHaveBeenCalled()
    quiet.idle()
    vi.advanceTimersByTime(2_000)
    expect(task).toHaveBeenCalledTimes(1)
  })
})
