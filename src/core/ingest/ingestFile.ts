import type { ParseError, ParseOutcome, SourceDocument } from '../model/report'
import { withRemainingChecks } from '../checks/runChecks'
import { readReport } from '../readReport'
import type { FileKind, NamedBytes } from './fileKind'
import { fingerprintDocument } from './fingerprint'
import { implausibleYearNotice } from '../identity/reportYear'
import { NOT_A_DOCUMENT, unsupportedKind } from './kindErrors'
import { sizeLimitError } from './limits'
import { isModuleLoadFailure, readerUnavailable } from './moduleLoadFailure'
import type { IngestOptions } from './options'
import { READERS } from './readers'
import { sniffKind } from './sniff'

export interface IngestItem {
  /** The file name, or "archive.zip/inner.txt" for an archive entry. */
  file: string
  outcome: ParseOutcome
  /** Hash of the document's text (see fingerprintDocument), present when the report was read. */
  fingerprint?: string
}

/** Archives inside archives are followed this deep; deeper nesting is not how reports are shipped. */
const MAX_ARCHIVE_DEPTH = 2

function failed(file: string, error: ParseError): IngestItem {
  return { file, outcome: { ok: false, error } }
}

function describeException(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The document a report keeps, for showing where each number came from, without where each PDF cell stood
 * on its page (SourceLine.cellCenters): those order a table's columns while it is read, and nothing after;
 * kept, they made a PDF report's stored and saved lines 40 % longer.
 */
function withoutPlaces(document: SourceDocument): SourceDocument {
  if (!document.lines.some((line) => line.cellCenters !== undefined)) return document
  return { ...document, lines: document.lines.map(({ cellCenters: _places, ...line }) => line) }
}

function readDocument(file: string, document: SourceDocument, options: IngestOptions): IngestItem {
  const outcome = readReport(document)
  if (!outcome.ok) return { file, outcome }
  const yearNotice = implausibleYearNotice(outcome.report.year, options.currentYear)
  if (yearNotice !== undefined) outcome.report.notices = [yearNotice, ...outcome.report.notices]
  // Every within-report rule (R-A..R-E, R-I, R-J, R-T) runs here, off the page's main thread, so the
  // worker, the batch command and the dashboard all see the same findings. readReport has run R-A..R-E.
  const report = withRemainingChecks(outcome.report)
  return {
    file,
    outcome: { ok: true, report: { ...report, document: withoutPlaces(report.document) } },
    fingerprint: fingerprintDocument(document),
  }
}

async function ingestEntries(archive: string, entries: NamedBytes[], options: IngestOptions, depth: number) {
  if (entries.length === 0) return [failed(archive, { code: 'empty', message: '压缩包中没有可读的文件' })]
  const items: IngestItem[] = []
  for (const entry of entries) {
    items.push(
      ...(await ingestNamed({ name: `${archive}/${entry.name}`, bytes: entry.bytes }, options, depth + 1)),
    )
  }
  return items
}

async function ingestNamed(file: NamedBytes, options: IngestOptions, depth: number): Promise<IngestItem[]> {
  let kind: FileKind | undefined
  try {
    const tooLarge = sizeLimitError(file.bytes.length, options.maxBytes)
    if (tooLarge) return [failed(file.name, tooLarge)]
    kind = sniffKind(file.name, file.bytes)
    const notADocument = NOT_A_DOCUMENT[kind]
    if (notADocument) return [failed(file.name, notADocument)]
    const reader = READERS[kind]
    if (!reader) return [failed(file.name, unsupportedKind(kind))]
    const output = await reader(file, options)
    switch (output.kind) {
      case 'document':
        return [readDocument(file.name, output.document, options)]
      case 'error':
        return [failed(file.name, output.error)]
      case 'archive':
        if (depth >= MAX_ARCHIVE_DEPTH) {
          return [failed(file.name, { code: 'unsupported', message: '压缩包嵌套过深，未读取' })]
        }
        return await ingestEntries(file.name, output.entries, options, depth)
    }
  } catch (error) {
    if (isModuleLoadFailure(error)) return [failed(file.name, readerUnavailable(kind))]
    return [failed(file.name, { code: 'corrupt', message: `文件读取失败：${describeException(error)}` })]
  }
}

/**
 * One file → its reports: one item per report (an archive gives one per entry). The kind is sniffed
 * from the content. Never throws and never rejects: every failure is an item with a Chinese message.
 */
export function ingestFile(
  name: string,
  bytes: Uint8Array,
  options: IngestOptions = {},
): Promise<IngestItem[]> {
  return ingestNamed({ name, bytes }, options, 0)
}
