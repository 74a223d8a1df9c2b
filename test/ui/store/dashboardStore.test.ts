import { describe, expect, it } from 'vitest'
import {
  addReport,
  enqueueFile,
  selectAvailableAgencies,
  selectAvailableYears,
  selectFilteredReports,
  selectHiddenSelectedReports,
  selectSelectedReports,
  updateFiles,
  useDashboardStore,
} from '../../../src/store'
import { expectedSeedEntries } from './expectedReports'

function loadSeeds(): void {
  for (const entry of expectedSeedEntries()) addReport(entry)
}

describe('reports slice', () => {
  it('adds a report and refuses a second one with the same fingerprint', () => {
    const [first] = expectedSeedEntries()
    if (!first) throw new Error('no seed')
    expect(addReport(first)).toBe('added')
    expect(addReport({ ...first, id: 'other-id', fileName: 'copy.txt' })).toBe('duplicate')
    expect(useDashboardStore.getState().reports).toHaveLength(1)
  })

  it('removing a report also drops it from the comparison selection', () => {
    loadSeeds()
    const state = useDashboardStore.getState()
    state.toggleSelected('r0')
    state.toggleSelected('r1')
    useDashboardStore.getState().removeReport('r0')
    expect(useDashboardStore.getState().reports.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4'])
    expect(useDashboardStore.getState().selectedIds).toEqual(['r1'])
  })

  it('starts empty again after the test before (resetDashboardStore in setup)', () => {
    expect(useDashboardStore.getState().reports).toEqual([])
    expect(useDashboardStore.getState().files).toEqual([])
  })
})

describe('ingest slice', () => {
  it('tracks a file from queued to read', () => {
    enqueueFile({ id: 'f1', name: '报告.txt', size: 120, status: 'queued' })
    updateFiles([{ id: 'f1', patch: { status: 'read', reportIds: ['r0'] } }])
    expect(useDashboardStore.getState().files).toEqual([
      { id: 'f1', name: '报告.txt', size: 120, status: 'read', reportIds: ['r0'] },
    ])
  })
})

describe('filters and selectors', () => {
  it('filtering to 2023 keeps the three 2023 seeds', () => {
    loadSeeds()
    useDashboardStore.getState().toggleYear(2023)
    const filtered = selectFilteredReports(useDashboardStore.getState())
    expect(filtered.map((r) => r.report.agency).sort()).toEqual(
      ['中牟县人民政府办公室', '城乡一体化示范区党政办公室', '新乡县城市管理局'].sort(),
    )
  })

  it('agency and year filters combine; toggling again removes the filter', () => {
    loadSeeds()
    const state = useDashboardStore.getState()
    state.toggleYear(2023)
    state.toggleAgency('中牟县人民政府办公室')
    expect(selectFilteredReports(useDashboardStore.getState()).map((r) => r.id)).toEqual(['r2'])
    useDashboardStore.getState().toggleYear(2023)
    useDashboardStore.getState().removeAgency('中牟县人民政府办公室')
    expect(selectFilteredReports(useDashboardStore.getState())).toHaveLength(5)
  })

  it('lists the loaded years ascending and the agencies once each', () => {
    loadSeeds()
    const state = useDashboardStore.getState()
    expect(selectAvailableYears(state)).toEqual([2021, 2023, 2024])
    expect(selectAvailableAgencies(state)).toHaveLength(5)
  })

  it('returns the same reference for the same input, and a new one when the input changes', () => {
    loadSeeds()
    const before = useDashboardStore.getState()
    useDashboardStore.getState().toggleYear(2021)
    const filteredOnce = selectFilteredReports(useDashboardStore.getState())
    // An unrelated change (a file entry) keeps reports and filters, so the derived arrays are reused.
    enqueueFile({ id: 'f', name: 'x.txt', size: 1, status: 'queued' })
    expect(selectFilteredReports(useDashboardStore.getState())).toBe(filteredOnce)
    expect(selectAvailableYears(useDashboardStore.getState())).toBe(selectAvailableYears(before))
    useDashboardStore.getState().toggleYear(2024)
    expect(selectFilteredReports(useDashboardStore.getState())).not.toBe(filteredOnce)
  })

  it('the comparison only shows selected reports that pass the filters, in the order ticked', () => {
    loadSeeds()
    const state = useDashboardStore.getState()
    state.toggleSelected('r3')
    state.toggleSelected('r0')
    expect(selectSelectedReports(useDashboardStore.getState()).map((r) => r.id)).toEqual(['r3', 'r0'])
    useDashboardStore.getState().toggleYear(2023)
    expect(selectSelectedReports(useDashboardStore.getState()).map((r) => r.id)).toEqual(['r0'])
  })

  it('a selected report the filters hide stays selected and is listed as hidden until the filter is lifted', () => {
    loadSeeds()
    const state = useDashboardStore.getState()
    state.toggleSelected('r3')
    state.toggleSelected('r0')
    expect(selectHiddenSelectedReports(useDashboardStore.getState())).toEqual([])
    useDashboardStore.getState().toggleYear(2023)
    const hidden = selectHiddenSelectedReports(useDashboardStore.getState())
    expect(hidden.map((r) => r.id)).toEqual(['r3'])
    expect(hidden[0]?.report.year).not.toBe(2023)
    // Unchanged state: the same array, or zustand would re-render forever.
    expect(selectHiddenSelectedReports(useDashboardStore.getState())).toBe(hidden)
    expect(useDashboardStore.getState().selectedIds).toEqual(['r3', 'r0'])
    useDashboardStore.getState().toggleYear(2023)
    expect(selectHiddenSelectedReports(useDashboardStore.getState())).toEqual([])
  })

  it('resetFilters clears agencies and years', () => {
    loadSeeds()
    useDashboardStore.getState().toggleYear(2023)
    useDashboardStore.getState().toggleAgency('新乡县城市管理局')
    useDashboardStore.getState().resetFilters()
    expect(useDashboardStore.getState().filters).toEqual({ agencies: [], years: [], onlyProblems: false })
  })
})
