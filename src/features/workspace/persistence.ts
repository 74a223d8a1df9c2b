import { useDashboardStore, type DashboardState, type LoadedReport, type WorkspaceContent } from '../../store'
import { EMPTY_FILTERS } from '../../store/slices/filtersSlice'
import { restoreWorkspace } from './restoreWorkspace'
import { STORED_VERSION, storedReportIds, type StoredMeta } from './storedMeta'
import type { StorageChange, WorkspaceStorage } from './workspaceStorage'

/** Long enough to fold a burst of edits into one write, short enough that a crash loses almost nothing. */
const SAVE_DELAY_MS = 300

export const CHANNEL_NAME = 'gov-disclosure-workspace'

const OTHER_TAB_MESSAGE =
  '此工作区刚在另一个标签页中保存过。为免两个页面互相覆盖，本页的修改不再自动保存；请重新加载本页以获取最新的工作区。'

function isSavedMessage(value: unknown): value is { type: 'saved'; tab: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'saved' &&
    'tab' in value &&
    typeof value.tab === 'string'
  )
}

export interface PersistenceController {
  /** Resolves once the stored workspace is back in the store (or restoring failed). */
  ready: Promise<void>
  /** Writes any pending change now; resolves when storage has it (or failed, shown in the store). */
  flush: () => Promise<void>
  /** Writes the whole workspace state again, e.g. after a failed save (重试保存). */
  retry: () => Promise<void>
  /** Empties the workspace and the storage (清空). */
  clear: () => Promise<void>
  stop: () => void
}

export function pickWorkspace(state: DashboardState): WorkspaceContent {
  return {
    reports: state.reports,
    corrections: state.corrections,
    aliases: state.aliases,
    filters: state.filters,
    selectedIds: state.selectedIds,
    files: state.files,
  }
}

function sameWorkspace(a: WorkspaceContent, b: WorkspaceContent): boolean {
  return (
    a.reports === b.reports &&
    a.corrections === b.corrections &&
    a.aliases === b.aliases &&
    a.filters === b.filters &&
    a.selectedIds === b.selectedIds &&
    a.files === b.files
  )
}

/** What came back plus whatever the user added while it was being read (nothing is dropped). */
function merged(restored: WorkspaceContent, current: WorkspaceContent): WorkspaceContent {
  const restoredIds = new Set(restored.reports.map((loaded) => loaded.id))
  const restoredFiles = new Set(restored.files.map((file) => file.id))
  return {
    reports: [...restored.reports, ...current.reports.filter((loaded) => !restoredIds.has(loaded.id))],
    corrections: [...restored.corrections, ...current.corrections],
    aliases: { ...current.aliases, ...restored.aliases },
    filters: restored.filters,
    selectedIds: [...new Set([...restored.selectedIds, ...current.selectedIds])],
    files: [...restored.files, ...current.files.filter((file) => !restoredFiles.has(file.id))],
  }
}

function isIngesting(state: DashboardState): boolean {
  return state.files.some((file) => file.status === 'queued' || file.status === 'reading')
}

function lostMessage(count: number): string {
  return `有 ${count} 份报告未能从本机存储恢复（记录缺失或损坏），请重新添加相应文件。`
}

/**
 * Keeps the workspace in storage: restores it first, then writes every change (debounced, and at once
 * when the page is hidden). Failures are put in the store's `persistence` state for the page to show.
 * A workspace that could not be read is never overwritten automatically.
 */
export function startPersistence(
  storage: WorkspaceStorage,
  delayMs: number = SAVE_DELAY_MS,
): PersistenceController {
  const store = useDashboardStore
  const { setPersistence } = store.getState()
  /** The report objects storage holds, by id: an unchanged report is never written again. */
  let saved = new Map<string, LoadedReport>()
  let lastContent: WorkspaceContent | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> = Promise.resolve()
  let dirty = false
  let active = false
  let unsubscribe = (): void => {}

  function change(content: WorkspaceContent): StorageChange {
    const ids = new Set(content.reports.map((loaded) => loaded.id))
    const meta: StoredMeta = {
      version: STORED_VERSION,
      reportIds: [...ids],
      corrections: content.corrections,
      aliases: content.aliases,
      filters: content.filters,
      selectedIds: content.selectedIds,
      files: content.files,
      savedAt: new Date().toISOString(),
    }
    return {
      meta,
      put: content.reports
        .filter((loaded) => saved.get(loaded.id) !== loaded)
        .map((loaded) => ({ id: loaded.id, value: loaded })),
      remove: [...saved.keys()].filter((id) => !ids.has(id)),
    }
  }

  async function saveNow(): Promise<void> {
    dirty = false
    const content = pickWorkspace(store.getState())
    setPersistence({ status: 'saving' })
    const result = await storage.save(change(content))
    if (result.ok) {
      saved = new Map(content.reports.map((loaded) => [loaded.id, loaded]))
      channel?.postMessage({ type: 'saved', tab: tabId })
      setPersistence({
        status: 'saved',
        error: undefined,
        retryable: undefined,
        savedAt: new Date().toISOString(),
      })
    } else {
      // `saved` is left as it was, so the next attempt writes everything still missing.
      setPersistence({ status: 'failed', error: result.failure.message, retryable: true })
    }
  }

  function queueSave(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    dirty = true
    running = running.then(() => (dirty && active ? saveNow() : undefined))
    return running
  }

  function schedule(): void {
    dirty = true
    // Pending counts as saving: 已保存 must never show while a change is still only in memory.
    if (store.getState().persistence.status === 'saved') setPersistence({ status: 'saving' })
    if (timer !== undefined) clearTimeout(timer)
    // While dropped files are still being read, a save after every batch would block the page again and
    // again (1,000 reports: seconds of writes); the last file's status change schedules one save of all.
    if (isIngesting(store.getState())) return
    timer = setTimeout(() => void queueSave(), delayMs)
  }

  function onHidden(): void {
    if (document.visibilityState === 'hidden' && dirty) void queueSave()
  }
  function onPageHide(): void {
    if (dirty) void queueSave()
  }

  function listen(): void {
    unsubscribe()
    active = true
    lastContent = pickWorkspace(store.getState())
    unsubscribe = store.subscribe((state) => {
      const content = pickWorkspace(state)
      if (lastContent && sameWorkspace(content, lastContent)) return
      lastContent = content
      schedule()
    })
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onPageHide)
  }

  async function restore(): Promise<void> {
    setPersistence({ status: 'restoring' })
    const loaded = await storage.load(storedReportIds)
    if (!loaded.ok) {
      setPersistence({
        status: 'failed',
        error: `${loaded.failure.message} 为免覆盖已保存的内容，本次的修改不会自动保存。`,
      })
      return
    }
    if (loaded.value.meta === undefined) {
      listen()
      // Something may have been added while storage was being opened.
      if (store.getState().reports.length > 0) schedule()
      else setPersistence({ status: 'saved' })
      return
    }
    const restored = restoreWorkspace(loaded.value)
    if (!restored.ok) {
      setPersistence({
        status: 'failed',
        error: `${restored.message} 为免覆盖已保存的内容，本次的修改不会自动保存；可点击“清空”重新开始。`,
      })
      return
    }
    const current = pickWorkspace(store.getState())
    const content =
      current.reports.length === 0 && current.files.length === 0
        ? restored.content
        : merged(restored.content, current)
    store.getState().replaceWorkspace(content)
    saved = restored.reports
    listen()
    if (restored.lost.length > 0) setPersistence({ notice: lostMessage(restored.lost.length) })
    // The meta record may still list lost reports, and reports added meanwhile are not stored yet.
    if (restored.lost.length > 0 || content !== restored.content) schedule()
    else setPersistence({ status: 'saved' })
  }

  // Two tabs saving one workspace would overwrite each other's reports: the first tab to hear that another
  // one saved stops saving and tells its user to reload.
  const tabId = `${Date.now()}-${Math.random().toString(36).slice(2)}`
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL_NAME)
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!active || !isSavedMessage(event.data) || event.data.tab === tabId) return
      active = false
      if (timer !== undefined) clearTimeout(timer)
      setPersistence({ status: 'failed', error: OTHER_TAB_MESSAGE, retryable: false })
    }
  }

  const ready = restore()

  return {
    ready,
    flush: async () => {
      await ready
      if (dirty) await queueSave()
      else await running
    },
    retry: async () => {
      await ready
      await queueSave()
    },
    clear: async () => {
      await ready
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      await running
      store.getState().replaceWorkspace(emptyWorkspace())
      lastContent = pickWorkspace(store.getState())
      dirty = false
      const result = await storage.clear()
      if (result.ok) {
        saved = new Map()
        // A workspace that could not be read is gone now, so saving can start.
        if (!active) listen()
        setPersistence({
          status: 'saved',
          error: undefined,
          retryable: undefined,
          notice: undefined,
          savedAt: new Date().toISOString(),
        })
      } else {
        setPersistence({ status: 'failed', error: result.failure.message })
      }
    },
    stop: () => {
      active = false
      channel?.close()
      if (timer !== undefined) clearTimeout(timer)
      unsubscribe()
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
    },
  }
}

export function emptyWorkspace(): WorkspaceContent {
  return { reports: [], corrections: [], aliases: {}, filters: EMPTY_FILTERS, selectedIds: [], files: [] }
}
