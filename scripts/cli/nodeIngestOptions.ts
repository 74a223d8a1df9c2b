import type { IngestOptions } from '../../src/core/ingest/options'
import { loadNodePdfjs } from '../nodePdfjs'

/**
 * The ingest options of the batch command in Node: readers whose library needs a Node-specific
 * build get it here (pdf.js legacy build, loaded on the first PDF only), and the year now from the clock.
 */
export function nodeIngestOptions(): IngestOptions {
  return { pdfjs: loadNodePdfjs, currentYear: new Date().getFullYear() }
}
