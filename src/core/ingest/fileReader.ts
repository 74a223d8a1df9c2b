import type { ParseError, SourceDocument } from '../model/report'
import type { NamedBytes } from './fileKind'
import type { IngestOptions } from './options'

/** What a reader makes of one file: a document, the entries of an archive, or a typed error. */
export type ReaderOutput =
  | { kind: 'document'; document: SourceDocument }
  | { kind: 'archive'; entries: NamedBytes[] }
  | { kind: 'error'; error: ParseError }

/** Reads one file of the kind it is registered for. May throw: the dispatcher turns it into an error item. */
export type FileReader = (file: NamedBytes, options: IngestOptions) => Promise<ReaderOutput>
