import type { IngestItem } from '../../core/ingest/ingestFile'
import type { AddReportResult, FileUpdate, LoadedReport } from '../../store/types'
import { fileOutcome, parsedFile, type FilePatch } from './fileOutcome'

/** What happened to one file since the last batch: a status change, or the worker's reports. */
export type FileEvent = { id: string; patch: FilePatch } | { id: string; items: IngestItem[] }

/** The store writes a batch needs; injected so the logic is testable without the store. */
export interface BatchStore {
  addReports: (entries: readonly LoadedReport[]) => AddReportResult[]
  updateFiles: (updates: readonly FileUpdate[]) => void
  reports: () => readonly LoadedReport[]
}

/**
 * Applies a batch of file events with one write of the reports and one of the file list: every
 * parsed report is offered to the store at once, then each file's status follows from the answers.
 */
export function applyFileEvents(events: readonly FileEvent[], store: BatchStore, addedAt: string): void {
  const parsed = events.map((event) => ('items' in event ? parsedFile(event.items, addedAt) : undefined))
  const results = store.addReports(parsed.flatMap((file) => file?.entries ?? []))
  let byFingerprint: Map<string, LoadedReport> | undefined
  const findByFingerprint = (fingerprint: string) => {
    byFingerprint ??= new Map(store.reports().map((loaded) => [loaded.fingerprint, loaded]))
    return byFingerprint.get(fingerprint)
  }
  let offset = 0
  const updates = events.map((event, index): FileUpdate => {
    if ('patch' in event) return event
    const file = parsed[index] ?? { entries: [], failures: [] }
    const answers = results.slice(offset, offset + file.entries.length)
    offset += file.entries.length
    return { id: event.id, patch: fileOutcome(file, answers, findByFingerprint) }
  })
  store.updateFiles(updates)
}
