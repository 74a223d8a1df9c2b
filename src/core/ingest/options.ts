import type { PdfjsLike } from '../read/pdf/pdfjsLike'

/**
 * Options of ingestFile. Readers whose library differs per platform get it injected here
 * (e.g. pdf.js: the browser build in the worker, the legacy build in Node): add an optional field.
 */
export interface IngestOptions {
  /** Files above this many bytes are refused with 'too-large' (default MAX_FILE_BYTES). */
  maxBytes?: number
  /** 'paste': the bytes came from the clipboard, so documents get kind 'paste'. */
  origin?: 'file' | 'paste'
  /** Loads pdf.js on first use (browser: src/worker/pdfjs.ts; Node: scripts/nodePdfjs.ts). Not cloneable: add it inside the worker. */
  pdfjs?: () => Promise<PdfjsLike>
  /** The calendar year now (the core has no clock): a report of a later year gets a notice. */
  currentYear?: number
}
