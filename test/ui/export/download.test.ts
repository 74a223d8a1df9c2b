import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadBlob } from '../../../src/features/export/download'
import { restoreObjectUrlsAfterEach } from '../../helpers/downloads'

describe('downloadBlob', () => {
  restoreObjectUrlsAfterEach()
  afterEach(() => {
    vi.useRealTimers()
  })

  it('clicks an <a download> with a blob: URL and revokes that URL afterwards', () => {
    vi.useFakeTimers()
    const create = vi.fn(() => 'blob:http://localhost/abc')
    const revoke = vi.fn()
    URL.createObjectURL = create
    URL.revokeObjectURL = revoke
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    const blob = new Blob(['x'], { type: 'text/plain' })

    downloadBlob(blob, '收费_按机关_全部年份.svg')

    expect(create).toHaveBeenCalledWith(blob)
    expect(clicked).toHaveLength(1)
    expect(clicked[0]?.download).toBe('收费_按机关_全部年份.svg')
    expect(clicked[0]?.getAttribute('href')).toBe('blob:http://localhost/abc')
    expect(document.querySelector('a[download]')).toBeNull()
    vi.runAllTimers()
    expect(revoke).toHaveBeenCalledWith('blob:http://localhost/abc')
  })
})
