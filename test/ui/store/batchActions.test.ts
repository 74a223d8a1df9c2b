import { describe, expect, it } from 'vitest'
import {
  addReports,
  enqueueFiles,
  selectAvailableAgencies,
  updateFiles,
  useDashboardStore,
} from '../../../src/store'
import { expectedSeedEntries } from './expectedReports'

/** Counts store writes: the batch actions must notify subscribers once, whatever the batch size. */
function countWrites(run: () => void): number {
  let writes = 0
  const unsubscribe = useDashboardStore.subscribe(() => writes++)
  try {
    run()
  } finally {
    unsubscribe()
  }
  return writes
}

describe('addReports', () => {
  it('adds the five seeds in one store write and answers per entry', () => {
    const entries = expectedSeedEntries()
    let results: string[] = []
    expect(countWrites(() => (results = addReports(entries)))).toBe(1)
    expect(results).toEqual(['added', 'added', 'added', 'added', 'added'])
    expect(useDashboardStore.getState().reports.map((loaded) => loaded.id)).toEqual([
      'r0',
      'r1',
      'r2',
      'r3',
      'r4',
    ])
    expect(selectAvailableAgencies(useDashboardStore.getState())).toHaveLength(5)
  })

  it('refuses a report already loaded and a repeat inside the batch, by fingerprint or id', () => {
    const [first, second, third] = expectedSeedEntries()
    if (!first || !second || !third) throw new Error('the seeds are missing')
    addReports([first])
    const results = addReports([
      { ...first, id: 'copy-of-first' },
      second,
      { ...second, id: 'copy-of-second' },
      { ...third, fingerprint: 'other' },
      { ...third, id: 'r-other', fingerprint: 'other' },
    ])
    expect(results).toEqual(['duplicate', 'added', 'duplicate', 'added', 'duplicate'])
    expect(useDashboardStore.getState().reports.map((loaded) => loaded.id)).toEqual(['r0', 'r1', 'r2'])
  })

  it('leaves the store untouched (no write) when every entry is a duplicate', () => {
    const entries = expectedSeedEntries()
    addReports(entries)
    const before = useDashboardStore.getState().reports
    expect(countWrites(() => expect(addReports(entries)).toEqual(entries.map(() => 'duplicate')))).toBe(0)
    expect(useDashboardStore.getState().reports).toBe(before)
  })
})

describe('enqueueFiles and updateFiles', () => {
  it('lists a thousand files and settles them in one write each, later patches winning', () => {
    const files = Array.from({ length: 1000 }, (_, i) => ({
      id: `f${i}`,
      name: `${i}.txt`,
      size: 10,
      status: 'queued' as const,
    }))
    expect(countWrites(() => enqueueFiles(files))).toBe(1)
    const updates = files.flatMap((file, i) => [
      { id: file.id, patch: { status: 'reading' as const } },
      {
        id: file.id,
        patch:
          i % 2 === 0
            ? { status: 'read' as const, reportIds: [`r${i}`] }
            : { status: 'failed' as const, message: '失败' },
      },
    ])
    expect(countWrites(() => updateFiles([...updates, { id: 'unknown', patch: { status: 'read' } }]))).toBe(1)
    const state = useDashboardStore.getState().files
    expect(state).toHaveLength(1000)
    expect(state[0]).toEqual({ id: 'f0', name: '0.txt', size: 10, status: 'read', reportIds: ['r0'] })
    expect(state[1]).toEqual({ id: 'f1', name: '1.txt', size: 10, status: 'failed', message: '失败' })
    expect(state.filter((file) => file.status === 'read')).toHaveLength(500)
  })
})
