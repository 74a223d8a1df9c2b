import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { buildFeesSeries } from '../../../src/core/compare/chartSeries'
import { FEE_COLORS } from '../../../src/features/charts/chartColors'
import { HorizontalBarChart } from '../../../src/features/charts/HorizontalBarChart'
import { exportErrorMessage } from '../../../src/features/export/exportErrors'
import { exportPng } from '../../../src/features/export/exportPng'
import { groundTruthReports } from '../charts/groundTruthReports'

// jsdom cannot decode images or paint canvases; the real rasterisation is checked in the browser e2e tests.
// Here the canvas and image loader are injected to check sizes, background, order and error mapping.

const fees = buildFeesSeries(groundTruthReports())
const options = {
  title: '收费（本年收费金额，万元）',
  legend: [{ label: '收费金额（万元）', color: '#59a14f' }],
}

interface FakeCanvas {
  canvas: HTMLCanvasElement
  calls: string[]
}

function fakeCanvas(blob: Blob | null, withContext = true): (w: number, h: number) => HTMLCanvasElement {
  return (width, height) => makeCanvas(width, height, blob, withContext).canvas
}

function makeCanvas(width: number, height: number, blob: Blob | null, withContext: boolean): FakeCanvas {
  const calls: string[] = []
  const context = {
    fillStyle: '',
    fillRect: (...args: number[]) => calls.push(`fillRect ${args.join(' ')}`),
    drawImage: (_image: unknown, ...args: number[]) => calls.push(`drawImage ${args.join(' ')}`),
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  Object.defineProperty(canvas, 'getContext', { value: () => (withContext ? context : null) })
  Object.defineProperty(canvas, 'toBlob', { value: (callback: BlobCallback) => callback(blob) })
  return { canvas, calls }
}

describe('PNG export', { timeout: 60_000 }, () => {
  it('draws the exported SVG on a white canvas at 2× and returns the PNG blob', async () => {
    const { container } = render(<HorizontalBarChart data={fees} colors={FEE_COLORS} width={600} />)
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' })
    let made: FakeCanvas | undefined
    const loadImage = vi.fn((url: string) => {
      expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
      expect(decodeURIComponent(url)).toContain(options.title)
      return Promise.resolve(document.createElement('img'))
    })
    const result = await exportPng(container, {
      ...options,
      createCanvas: (w, h) => {
        made = makeCanvas(w, h, png, true)
        return made.canvas
      },
      loadImage,
    })
    expect(result.ok && result.value).toBe(png)
    expect(loadImage).toHaveBeenCalledOnce()
    expect(made?.canvas.width).toBe(1200)
    const [fill, draw] = made?.calls ?? []
    expect(fill).toBe(`fillRect 0 0 1200 ${made?.canvas.height}`)
    expect(draw).toBe(`drawImage 0 0 1200 ${made?.canvas.height}`)
  })

  it('maps a null toBlob to CANVAS_TOO_BIG with a Chinese message', async () => {
    const { container } = render(<HorizontalBarChart data={fees} colors={FEE_COLORS} width={600} />)
    const result = await exportPng(container, {
      ...options,
      createCanvas: fakeCanvas(null),
      loadImage: () => Promise.resolve(document.createElement('img')),
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('CANVAS_TOO_BIG')
    expect(exportErrorMessage(result.error)).toMatch(/^导出失败/)
  })

  it('reports CANVAS_UNAVAILABLE when there is no 2d context', async () => {
    const { container } = render(<HorizontalBarChart data={fees} colors={FEE_COLORS} width={600} />)
    const result = await exportPng(container, {
      ...options,
      createCanvas: fakeCanvas(null, false),
      loadImage: () => Promise.resolve(document.createElement('img')),
    })
    expect(!result.ok && result.error.code).toBe('CANVAS_UNAVAILABLE')
  })

  it('reports IMAGE_LOAD_FAILED when the SVG cannot be decoded', async () => {
    const { container } = render(<HorizontalBarChart data={fees} colors={FEE_COLORS} width={600} />)
    const result = await exportPng(container, {
      ...options,
      createCanvas: fakeCanvas(null),
      loadImage: () => Promise.reject(new Error('decode failed')),
    })
    expect(!result.ok && result.error.code).toBe('IMAGE_LOAD_FAILED')
  })

  it('refuses a canvas beyond browser limits before trying', async () => {
    const { container } = render(<HorizontalBarChart data={fees} colors={FEE_COLORS} width={600} />)
    const loadImage = vi.fn(() => Promise.resolve(document.createElement('img')))
    const result = await exportPng(container, {
      ...options,
      scale: 40,
      createCanvas: fakeCanvas(null),
      loadImage,
    })
    expect(!result.ok && result.error.code).toBe('CANVAS_TOO_BIG')
    expect(loadImage).not.toHaveBeenCalled()
  })
})
