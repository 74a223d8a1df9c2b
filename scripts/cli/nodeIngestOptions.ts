import type { IngestOptions } from '../../src/core/ingest/options'

/**
 * The ingest options of the batch command in Node. Readers whose library needs a Node-specific
 * build (pdf.js legacy build, …) add their injection here.
 */
export function nodeIngestOptions(): IngestOptions {
  return {}
}
