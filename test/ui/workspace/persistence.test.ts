import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CHANNEL_NAME,
  startPersistence,
  type PersistenceController,
} from '../../../src/features/workspace/persistence'
import { serializeWorkspace } from '../../../src/core/workspace/workspace'
import { toWorkspace } from '../../../src/features/workspace/workspaceMapping'
import { readWorkspaceFile } from '../../../src/features/workspace/workspaceTransfer'
import { resetDashboardStore, useDashboardStore, type WorkspaceContent } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { MemoryStorage, quotaError } from './memoryStorage'

const running: PersistenceController[] = []

function start(storage: MemoryStorage): PersistenceController {
  const controller = startPersistence(storage, 5)
  running.push(controller)
  return controller
}

afterEach(() => {
  for (const controller of running.splice(0)) controller.stop()
})

function workspaceOf(): WorkspaceContent {
  const { reports, corrections, identityCorrections, aliases, filters, selectedIds, files } =
    useDashboardStore.getState()
  return { reports, corrections, identityCorrections, aliases, filters, selectedIds, files }
}

/** A workspace with everything the issue lists: reports with sources, a correction, an alias, filters. */
function buildWorkspace(): void {
  const state = useDashboardStore.getState()
  const entries = parsedSeedEntries()
  for (const entry of entries) state.addReport(entry)
  state.enqueueFile({
    id: 'f0',
    name: entries[0]?.fileName ?? '',
    size: 10,
    status: 'read',
    reportIds: ['r0'],
  })
  const [cellId, cell] = Object.entries(entries[0]?.report.cells ?? {})[0] ?? []
  if (!cellId || !cell) throw new Error('seed 0 has no cells')
  state.correctCell('r0', cellId, cell.value + 7)
  state.setAlias('沭阳县发改局', '沭阳县发展和改革局')
  expect(state.correctIdentity('r2', '沭阳县交通运输局', 2021)).toBeNull()
  state.toggleYear(entries[1]?.report.year ?? 0)
  state.toggleSelected('r1')
  state.toggleSelected('r2')
}

/** What a reload does to the page: the store starts empty, persistence starts again on the same storage. */
async function reload(storage: MemoryStorage): Promise<PersistenceController> {
  for (const controller of running.splice(0)) controller.stop()
  resetDashboardStore()
  const controller = start(storage)
  await controller.ready
  return controller
}

describe('workspace persistence', { timeout: 20_000 }, () => {
  it('restores exactly the same workspace after a reload: reports with sources, corrections, aliases, filters', async () => {
    const storage = new MemoryStorage()
    const controller = start(storage)
    await controller.ready
    buildWorkspace()
    const before = workspaceOf()
    expect(before.corrections).toHaveLength(1)
    await controller.flush()
    expect(useDashboardStore.getState().persistence.status).toBe('saved')

    await reload(storage)
    const after = workspaceOf()
    // Restored file entries are renumbered: new drops after the reload count from file-0 again.
    expect(after).toEqual({
      ...before,
      files: before.files.map((file, i) => ({ ...file, id: `saved-${i}` })),
    })
    // The source lines come back too: provenance needs them after a reload.
    expect(after.reports[0]?.report.document.lines.length).toBeGreaterThan(50)
    expect(after.reports[0]?.report.document.lines).toEqual(before.reports[0]?.report.document.lines)
  })

  it('writes a report once; later saves carry only the changed parts', async () => {
    const storage = new MemoryStorage()
    const controller = start(storage)
    await controller.ready
    const [first, second] = parsedSeedEntries()
    if (!first || !second) throw new Error('seeds missing')
    useDashboardStore.getState().addReport(first)
    await controller.flush()
    useDashboardStore.getState().addReport(second)
    await controller.flush()
    useDashboardStore.getState().toggleYear(first.report.year)
    await controller.flush()
    expect(storage.saves.map((save) => save.put.map((put) => put.id))).toEqual([['r0'], ['r1'], []])

    useDashboardStore.getState().removeReport('r0')
    await controller.flush()
    expect(storage.saves.at(-1)?.remove).toEqual(['r0'])
    expect(storage.records.has('report:r0')).toBe(false)
  })

  it('shows a quota error instead of swallowing it, and writes everything once storage has room again', async () => {
    const storage = new MemoryStorage()
    const controller = start(storage)
    await controller.ready
    storage.failNextSave = quotaError()
    const [first] = parsedSeedEntries()
    if (!first) throw new Error('seed missing')
    useDashboardStore.getState().addReport(first)
    await controller.flush()
    const failed = useDashboardStore.getState().persistence
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('存储空间已满')
    expect(failed.error).toContain('The quota has been exceeded.')
    expect(storage.records.has('report:r0')).toBe(false)

    await controller.retry()
    expect(useDashboardStore.getState().persistence).toMatchObject({ status: 'saved', error: undefined })
    expect(storage.records.has('report:r0')).toBe(true)
  })

  it('never overwrites a stored workspace it could not read', async () => {
    const storage = new MemoryStorage()
    storage.records.set('meta', { version: 99, something: 'from a future version' })
    const controller = start(storage)
    await controller.ready
    expect(useDashboardStore.getState().persistence.status).toBe('failed')
    expect(useDashboardStore.getState().persistence.error).toContain('无法识别')
    const [first] = parsedSeedEntries()
    if (!first) throw new Error('seed missing')
    useDashboardStore.getState().addReport(first)
    await controller.flush()
    expect(storage.saves).toEqual([])
    expect(storage.records.get('meta')).toEqual({ version: 99, something: 'from a future version' })
  })

  it('says which reports could not be restored and marks their files failed', async () => {
    const storage = new MemoryStorage()
    const controller = start(storage)
    await controller.ready
    buildWorkspace()
    await controller.flush()
    storage.records.delete('report:r0')

    await reload(storage)
    const state = useDashboardStore.getState()
    expect(state.reports.map((loaded) => loaded.id)).toEqual(['r1', 'r2', 'r3', 'r4'])
    expect(state.persistence.notice).toContain('1 份报告未能从本机存储恢复')
    // The correction of the lost report cannot apply to anything, the file it came from says so and names
    // no report that is not there.
    expect(state.corrections).toEqual([])
    expect(state.files.map(({ status, message, reportIds }) => ({ status, message, reportIds }))).toEqual([
      {
        status: 'failed',
        message: '此文件的报告（部分或全部）未能从本机存储恢复，请重新添加',
        reportIds: [],
      },
    ])
    // So the workspace exported now imports again.
    const json = serializeWorkspace(toWorkspace(state), 'x')
    const imported = await readWorkspaceFile(new File([json], '导出.json'))
    if (!imported.ok) throw new Error(imported.message)
    expect(imported.content.reports.map((loaded) => loaded.id)).toEqual(['r1', 'r2', 'r3', 'r4'])
  })

  it('keeps reports added while the stored workspace was being read', async () => {
    const storage = new MemoryStorage()
    const first = start(storage)
    await first.ready
    const [a, b] = parsedSeedEntries()
    if (!a || !b) throw new Error('seeds missing')
    useDashboardStore.getState().addReport(a)
    await first.flush()

    for (const controller of running.splice(0)) controller.stop()
    resetDashboardStore()
    const second = start(storage)
    // Dropped before the restore finished.
    useDashboardStore.getState().addReport(b)
    await second.ready
    expect(useDashboardStore.getState().reports.map((loaded) => loaded.id)).toEqual(['r0', 'r1'])
    await second.flush()
    expect(storage.records.has('report:r1')).toBe(true)
  })

  it('清空 empties the workspace and the storage', async () => {
    const storage = new MemoryStorage()
    const controller = start(storage)
    await controller.ready
    buildWorkspace()
    await controller.flush()
    await controller.clear()
    expect(useDashboardStore.getState().reports).toEqual([])
    expect(useDashboardStore.getState().aliases).toEqual({})
    expect(useDashboardStore.getState().corrections).toEqual([])
    expect(storage.records.size).toBe(0)

    await reload(storage)
    expect(useDashboardStore.getState().reports).toEqual([])
  })

  it('stops saving, and says so, when another tab saved the same workspace', async () => {
    const storage = new MemoryStorage()
    const controller = start(storage)
    await controller.ready
    const otherTab = new BroadcastChannel(CHANNEL_NAME)
    otherTab.postMessage({ type: 'saved', tab: 'another-tab' })
    await vi.waitFor(() => expect(useDashboardStore.getState().persistence.status).toBe('failed'))
    otherTab.close()
    expect(useDashboardStore.getState().persistence.error).toContain('另一个标签页')
    const [first] = parsedSeedEntries()
    if (!first) throw new Error('seed missing')
    useDashboardStore.getState().addReport(first)
    await controller.flush()
    expect(storage.saves).toEqual([])
  })
})
