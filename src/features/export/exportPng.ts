import { ExportError } from './exportErrors'
import { buildExportSvg, type ExportResult, type SvgExportOptions } from './exportSvg'

/** Chromium refuses canvases above 16384 px a side or about 268 M px; a failed toBlob gives no reason. */
const MAX_CANVAS_SIDE = 16384
const MAX_CANVAS_AREA = 268_435_456

export interface PngExportOptions extends SvgExportOptions {
  /** Pixel ratio; 2 gives sharp images on print and high-density screens. */
  scale?: number
  /** Injectable for tests and non-DOM hosts. */
  createCanvas?: (width: number, height: number) => HTMLCanvasElement
  loadImage?: (url: string) => Promise<HTMLImageElement>
}

function defaultCreateCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  return canvas
}

/** A data: URL decodes in milliseconds; a host that never fires load or error must not hang the button. */
const IMAGE_LOAD_TIMEOUT_MS = 15_000

function defaultLoadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    const timer = setTimeout(
      () => reject(new ExportError('IMAGE_LOAD_FAILED', 'the SVG image did not load in time')),
      IMAGE_LOAD_TIMEOUT_MS,
    )
    image.onload = () => {
      clearTimeout(timer)
      resolve(image)
    }
    image.onerror = () => {
      clearTimeout(timer)
      reject(new ExportError('IMAGE_LOAD_FAILED', 'the SVG could not be decoded as an image'))
    }
    image.src = url
  })
}

function getContext2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d')
  } catch {
    return null
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob((blob) => resolve(blob), 'image/png')
    } catch {
      resolve(null)
    }
  })
}

/**
 * Rasterises the same SVG that exportSvg produces onto a white canvas at `scale` (default 2×).
 * @returns the PNG Blob, or a named ExportError: CHART_NOT_FOUND, CANVAS_UNAVAILABLE, CANVAS_TOO_BIG,
 *   IMAGE_LOAD_FAILED
 */
export async function exportPng(
  container: ParentNode,
  options: PngExportOptions,
): Promise<ExportResult<Blob>> {
  const built = buildExportSvg(container, options)
  if (!built.ok) return built
  const { svg, width, height } = built.value
  const scale = options.scale ?? 2
  const pixelWidth = Math.ceil(width * scale)
  const pixelHeight = Math.ceil(height * scale)
  if (
    pixelWidth > MAX_CANVAS_SIDE ||
    pixelHeight > MAX_CANVAS_SIDE ||
    pixelWidth * pixelHeight > MAX_CANVAS_AREA
  ) {
    return { ok: false, error: new ExportError('CANVAS_TOO_BIG', `${pixelWidth}×${pixelHeight} px`) }
  }

  let image: HTMLImageElement
  try {
    // A data: URL, not a blob: URL, so the canvas is never tainted and nothing needs revoking.
    image = await (options.loadImage ?? defaultLoadImage)(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    )
  } catch (error) {
    return {
      ok: false,
      error: error instanceof ExportError ? error : new ExportError('IMAGE_LOAD_FAILED', String(error)),
    }
  }

  const canvas = (options.createCanvas ?? defaultCreateCanvas)(pixelWidth, pixelHeight)
  const context = getContext2d(canvas)
  if (!context) return { ok: false, error: new ExportError('CANVAS_UNAVAILABLE', 'no 2d context') }
  context.fillStyle = options.background ?? '#ffffff'
  context.fillRect(0, 0, pixelWidth, pixelHeight)
  context.drawImage(image, 0, 0, pixelWidth, pixelHeight)

  const blob = await canvasToBlob(canvas)
  if (!blob) return { ok: false, error: new ExportError('CANVAS_TOO_BIG', 'toBlob returned null') }
  return { ok: true, value: blob }
}
