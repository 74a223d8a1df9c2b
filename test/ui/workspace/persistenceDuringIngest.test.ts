import { afterEach, describe, expect, it, vi } from 'vitest'
import { startPersistence, type PersistenceController } from '../../../src/features/workspace/persistence'
import { addReports, enqueueFiles, updateFiles, useDashboardStore } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { MemoryStorage } from './memoryStorage'

const running: PersistenceController[] = []

afterEach(() => {
  for (const controller of running.splice(0)) controller.stop()
})

describe('saving while a drop is being read', { timeout: 20_000 }, () => {
  it('waits for the last file, then saves every report at once', async () => {
    const storage = new MemoryStorage()
    const save = vi.spyOn(storage, 'save')
    const controller = startPersistence(storage, 5)
    running.push(controller)
    await controller.ready
    const entries = parsedSeedEntries()
    enqueueFiles(
      entries.map((entry, i) => ({ id: `f${i}`, name: entry.fileName, size: 1, status: 'queued' })),
    )
    addReports(entries.slice(0, 3))
    updateFiles(entries.slice(0, 3).map((_, i) => ({ id: `f${i}`, patch: { status: 'read' } })))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(save).not.toHaveBeenCalled()
    expect(useDashboardStore.getState().persistence.status).toBe('saving')

    addReports(entries.slice(3))
    updateFiles(entries.slice(3).map((_, i) => ({ id: `f${i + 3}`, patch: { status: 'read' } })))
    await vi.waitFor(() => expect(useDashboardStore.getState().persistence.status).toBe('saved'))
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]?.[0].put.map((put) => put.id)).toEqual(entries.map((entry) => entry.id))
  })
})
