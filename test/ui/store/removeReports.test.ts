import { describe, expect, it } from 'vitest'
import {
  addReports,
  selectAvailableAgencies,
  selectFilteredReports,
  useDashboardStore,
  type LoadedReport,
} from '../../../src/store'
import { expectedSeedEntries } from './expectedReports'

function loadSeeds(): LoadedReport[] {
  const entries = expectedSeedEntries()
  addReports(entries)
  return entries
}

function seedAt(entries: readonly LoadedReport[], index: number): LoadedReport {
  const entry = entries[index]
  if (!entry) throw new Error(`no seed ${index}`)
  return entry
}

/** A seed whose year no other seed has, so removing it leaves that year unloaded. */
function seedWithOwnYear(entries: readonly LoadedReport[]): LoadedReport {
  const alone = entries.find(
    (entry) => entries.filter((other) => other.report.year === entry.report.year).length === 1,
  )
  if (!alone) throw new Error('every seed year is shared')
  return alone
}

function writesDuring(run: () => void): number {
  let writes = 0
  const unsubscribe = useDashboardStore.subscribe(() => writes++)
  run()
  unsubscribe()
  return writes
}

describe('removeReports', () => {
  it('takes the report with its corrections, identity correction, comparison tick, open source panel and stale filters', () => {
    const entries = loadSeeds()
    const gone = seedWithOwnYear(entries)
    const kept = entries.find((entry) => entry.id !== gone.id && entry.report.year !== gone.report.year)
    if (!kept) throw new Error('no seed of another year')
    const [cellId, cell] = Object.entries(gone.report.cells)[0] ?? []
    if (!cellId || !cell) throw new Error(`${gone.id} has no cell`)
    const state = useDashboardStore.getState()
    expect(state.correctCell(gone.id, cellId, cell.value + 1)).toBeNull()
    expect(state.correctIdentity(gone.id, gone.report.agency, 2019)).toBeNull()
    expect(state.correctIdentity(kept.id, '另一机关', kept.report.year)).toBeNull()
    state.toggleSelected(gone.id)
    state.toggleSelected(kept.id)
    state.inspectCells({ reportId: gone.id, cellIds: [cellId], label: '单元格', kind: 'value' })
    state.toggleAgency(gone.report.agency)
    state.toggleAgency('另一机关')
    state.toggleYear(2019)
    state.toggleYear(kept.report.year)

    expect(writesDuring(() => useDashboardStore.getState().removeReports([gone.id]))).toBe(1)

    const after = useDashboardStore.getState()
    expect(after.reports.map((loaded) => loaded.id)).toEqual(
      entries.filter((entry) => entry.id !== gone.id).map((entry) => entry.id),
    )
    expect(after.corrections).toEqual([])
    expect(Object.keys(after.identityCorrections)).toEqual([kept.id])
    expect(after.selectedIds).toEqual([kept.id])
    expect(after.inspected).toBeNull()
    expect(after.filters.agencies).toEqual(['另一机关'])
    expect(after.filters.years).toEqual([kept.report.year])
    expect(selectAvailableAgencies(after)).not.toContain(gone.report.agency)
  })

  it('keeps a year filter other reports are still loaded under', () => {
    const entries = loadSeeds()
    const gone = seedAt(entries, 0)
    const sameYear = entries.filter((entry) => entry.report.year === gone.report.year)
    expect(sameYear.length).toBeGreaterThan(1)
    useDashboardStore.getState().toggleYear(gone.report.year)
    const filters = useDashboardStore.getState().filters
    useDashboardStore.getState().removeReports([gone.id])
    // Unchanged filters keep their object, so the filtered views are not recomputed for nothing.
    expect(useDashboardStore.getState().filters).toBe(filters)
  })

  it('removes several reports at once and ignores ids not loaded', () => {
    const entries = loadSeeds()
    const ids = [seedAt(entries, 1).id, seedAt(entries, 3).id]
    useDashboardStore.getState().removeReports([...ids, 'not-loaded'])
    expect(useDashboardStore.getState().reports).toHaveLength(entries.length - 2)
    expect(writesDuring(() => useDashboardStore.getState().removeReports(['not-loaded']))).toBe(0)
  })

  it('keeps the chip of an agency still loaded under another name, renamed to it', () => {
    const [seed] = expectedSeedEntries()
    if (seed === undefined) throw new Error('no seed')
    // Its 2022 report written with the short name: one agency, shown by its full name while both are loaded.
    const short = {
      ...seed,
      id: 'short-2022',
      fingerprint: 'short-2022',
      report: { ...seed.report, agency: '新乡县城管局', year: 2022 },
    }
    expect(addReports([seed, short])).toEqual(['added', 'added'])
    expect(selectAvailableAgencies(useDashboardStore.getState())).toEqual([seed.report.agency])
    useDashboardStore.getState().toggleAgency(seed.report.agency)

    useDashboardStore.getState().removeReports([seed.id])
    const after = useDashboardStore.getState()
    expect(selectAvailableAgencies(after)).toEqual(['新乡县城管局'])
    expect(after.filters.agencies).toEqual(['新乡县城管局'])
    expect(selectFilteredReports(after).map((loaded) => loaded.id)).toEqual(['short-2022'])
  })
})
