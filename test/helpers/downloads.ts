import { afterEach, vi } from 'vitest'

export interface RecordedDownloads {
  /** Each download's file name (the <a download> attribute), in order. */
  names: string[]
  blobs: Blob[]
}

/**
 * jsdom has no object URLs: called inside a describe block, puts back after each test whatever URL had
 * before (and every spy), so a test may stub them.
 */
export function restoreObjectUrlsAfterEach(): void {
  const originals = ['createObjectURL', 'revokeObjectURL'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(URL, name)] as const,
  )
  afterEach(() => {
    for (const [name, descriptor] of originals) {
      if (descriptor) Object.defineProperty(URL, name, descriptor)
      else Reflect.deleteProperty(URL, name)
    }
    vi.restoreAllMocks()
  })
}

/** Records what the page downloads instead of letting jsdom navigate (needs restoreObjectUrlsAfterEach). */
export function recordDownloads(): RecordedDownloads {
  const recorded: RecordedDownloads = { names: [], blobs: [] }
  URL.createObjectURL = vi.fn((blob: Blob) => {
    recorded.blobs.push(blob)
    return 'blob:http://localhost/download'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    recorded.names.push(this.download)
  })
  return recorded
}
