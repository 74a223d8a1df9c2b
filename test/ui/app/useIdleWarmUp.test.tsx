import { render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

const warmUpParsing = vi.fn()
const warmUpWorkbookExport = vi.fn()
vi.mock('../../../src/features/ingest/ingestQueue', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  warmUpParsing,
}))
vi.mock('../../../src/features/export/workbookExport', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  warmUpWorkbookExport,
}))

const { useIdleWarmUp } = await import('../../../src/app/useIdleWarmUp')

function Probe() {
  useIdleWarmUp()
  return null
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  warmUpParsing.mockClear()
  warmUpWorkbookExport.mockClear()
})

describe('useIdleWarmUp', () => {
  it('starts the parse workers and loads the Excel writer once the page is idle, not during the first render', () => {
    let idle: (() => void) | undefined
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idle = callback
      return 1
    })
    vi.stubGlobal('cancelIdleCallback', () => {})
    const { unmount } = render(<Probe />)
    expect(warmUpParsing).not.toHaveBeenCalled()
    expect(warmUpWorkbookExport).not.toHaveBeenCalled()
    idle?.()
    expect(warmUpParsing).toHaveBeenCalledTimes(1)
    expect(warmUpWorkbookExport).toHaveBeenCalledTimes(1)
    unmount()
  })

  it('starts them after a delay in a browser without idle callbacks', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
    const { unmount } = render(<Probe />)
    expect(warmUpParsing).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2_000)
    expect(warmUpParsing).toHaveBeenCalledTimes(1)
    expect(warmUpWorkbookExport).toHaveBeenCalledTimes(1)
    unmount()
  })
})
