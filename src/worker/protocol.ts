import type { PackedItem } from '../core/transfer/packedItems'
import type { IngestOptions } from '../core/ingest/options'

/*
 * Messages between the page and the parse worker. Plain data only (structured clone): no class
 * instances, errors as { code, message }. Every request carries an id the replies repeat.
 */

/**
 * Page → worker: parse one file. Its content is either an ArrayBuffer (transferred, not copied) or a
 * Blob/File, which the worker reads itself so the page never touches the bytes.
 */
export interface ParseRequest {
  type: 'parse'
  id: string
  name: string
  content: ArrayBuffer | Blob
  options?: IngestOptions
}

/**
 * Page → worker: load the readers and pdf.js now, while the page waits for the user, so a file dropped
 * after the network went away (or the site was redeployed) does not need them from the server.
 */
export interface WarmUpRequest {
  type: 'warm-up'
}

/** Worker → page: the worker loaded and listens. */
export interface ReadyReply {
  type: 'ready'
}

/** Worker → page: the worker started on this file (files are processed in request order). */
export interface StartedReply {
  type: 'started'
  id: string
}

/** Worker → page: the file's reports, one item per report (an archive gives several), packed (unpackItem). */
export interface ResultReply {
  type: 'result'
  id: string
  items: PackedItem[]
}

/**
 * Worker → page: the results of several files in one message. Fewer, larger messages cost the page less
 * to receive, and arrays the reports share (equal cell-id lists of checks) cross once per message.
 */
export interface ResultsReply {
  type: 'results'
  results: { id: string; items: PackedItem[] }[]
}

export interface WorkerFailure {
  code: 'worker-crashed' | 'timeout' | 'internal'
  message: string
}

/** Worker → page: the request failed as a whole (should not happen: ingestFile never throws). */
export interface FailureReply {
  type: 'failure'
  id: string
  error: WorkerFailure
}

export type WorkerRequest = ParseRequest | WarmUpRequest
export type WorkerReply = ReadyReply | StartedReply | ResultReply | ResultsReply | FailureReply
