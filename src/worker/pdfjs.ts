import type { IngestOptions } from '../core/ingest/options'
import type { PdfjsLike } from '../core/read/pdf/pdfjsLike'

/*
 * pdf.js for the parse worker, loaded on the first PDF so it stays out of the first bundle. It
 * runs in-thread: importing the pdf.js worker module sets globalThis.pdfjsWorker, which pdf.js
 * uses instead of starting a nested worker. CJK cmaps and standard fonts are served by the app
 * itself (public/pdfjs/, copied by scripts/copy-pdf-assets.mjs): the machine has no CDN access.
 */

const ASSET_BASE = `${import.meta.env.BASE_URL}pdfjs/`

let loaded: Promise<PdfjsLike> | undefined

async function load(): Promise<PdfjsLike> {
  await import('pdfjs-dist/build/pdf.worker.min.mjs')
  const pdfjs = await import('pdfjs-dist')
  return {
    getDocument: (params) => pdfjs.getDocument(params),
    cMapUrl: `${ASSET_BASE}cmaps/`,
    standardFontDataUrl: `${ASSET_BASE}standard_fonts/`,
    // Also when the page reads a PDF itself (no worker started): the fetch works from either.
    workerFetch: true,
  }
}

/**
 * The ingest options of the browser (the worker, and the page when no worker starts): pdf.js from this
 * site, and the year now from the clock (the core has none).
 */
export function browserIngestOptions(options: IngestOptions | undefined): IngestOptions {
  return { ...options, pdfjs: loadBrowserPdfjs, currentYear: new Date().getFullYear() }
}

export function loadBrowserPdfjs(): Promise<PdfjsLike> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined
    throw error
  })
  return loaded
}
