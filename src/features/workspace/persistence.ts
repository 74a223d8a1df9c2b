import { useDashboardStore, type DashboardState, type LoadedReport, type WorkspaceContent } from '../../store'
import { EMPTY_FILTERS } from '../../store/slices/filtersSlice'
import { waitForIdle, type IdleWait } from './idleSlice'
import { restoreWorkspace } from './restoreWorkspace'
import { STORED_VERSION, storedReportIds, type StoredMeta } from './storedMeta'
import type { StorageChange, WorkspaceStorage } from './workspaceStorage'

/** Long enough to fold a burst of edits into one write, short enough that a crash loses almost nothing. */
const SAVE_DELAY_MS = 300
/** A save of up to this many new reports is one transaction; a bigger one writes ahead in idle slices. */
const REPORTS_IN_LAST_STEP = 8
/** An idle slice is waited for at most this long, so a page that is never idle still gets saved. */
const IDLE_TIMEOUT_MS = 1_000

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
    identityCorrections: state.identityCorrections,
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
    a.identityCorrections === b.identityCorrections &&
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
    identityCorrections: { ...restored.identityCorrections, ...current.identityCorrections },
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
  /** Report records storage holds that no meta record lists (a save cut off before its last step). */
  let unlisted = new Set<string>()
  let lastContent: WorkspaceContent | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> = Promise.resolve()
  let dirty = false
  let saving = false
  let active = false
  /** While above 0 (a flush is waiting), a save writes everything at once instead of in idle slices. */
  let urgent = 0
  /** Writing ahead was given up for a save at once (the page is being left): its failure is no failure. */
  let aheadAbandoned = false
  let idleWait: IdleWait | undefined
  let stopped = false
  let unsubscribe = (): void => {}

  function unsavedReports(reports: readonly LoadedReport[]): LoadedReport[] {
    return reports.filter((loaded) => saved.get(loaded.id) !== loaded)
  }

  function change(content: WorkspaceContent): StorageChange {
    const ids = new Set(content.reports.map((loaded) => loaded.id))
    const meta: StoredMeta = {
      version: STORED_VERSION,
      reportIds: [...ids],
      corrections: content.corrections,
      identityCorrections: content.identityCorrections,
      aliases: content.aliases,
      filters: content.filters,
      selectedIds: content.selectedIds,
      files: content.files,
      savedAt: new Date().toISOString(),
    }
    return {
      meta,
      put: unsavedReports(content.reports).map((loaded) => ({ id: loaded.id, value: loaded })),
      remove: [...saved.keys(), ...unlisted].filter((id) => !ids.has(id)),
    }
  }

  function markFailed(message: string): void {
    // `saved` keeps only what was written, so the next attempt writes everything still missing.
    setPersistence({ status: 'failed', error: message, retryable: true })
  }

  /** The last step of a save: the remaining reports, the removals and the meta record in one transaction. */
  async function commit(content: WorkspaceContent): Promise<boolean> {
    const result = await storage.save(change(content))
    if (!result.ok) {
      markFailed(result.failure.message)
      return false
    }
    saved = new Map(content.reports.map((loaded) => [loaded.id, loaded]))
    unlisted = new Set()
    // A write the page issued just before it stopped (pagehide) may finish after the channel closed.
    if (!stopped) channel?.postMessage({ type: 'saved', tab: tabId })
    // 已保存 only when nothing changed meanwhile: a change still only in memory keeps 保存中.
    if (!dirty) {
      setPersistence({
        status: 'saved',
        error: undefined,
        retryable: undefined,
        savedAt: new Date().toISOString(),
      })
    }
    return true
  }

  /**
   * Writes the reports not stored yet in idle slices of the page's thread (1,000 reports are tens of
   * megabytes to structured-clone: in one go that blocks the page for a noticeable time), then commits.
   * Until the commit the stored workspace is the previous one, whole.
   */
  async function writeAheadInIdleTime(): Promise<boolean> {
    for (;;) {
      if (urgent > 0 || !active) return true
      if (unsavedReports(store.getState().reports).length <= REPORTS_IN_LAST_STEP) return true
      idleWait = waitForIdle(IDLE_TIMEOUT_MS)
      const hasTime = await idleWait.slice
      idleWait = undefined
      // Given up for a save at once, which writes everything still missing.
      if (aheadAbandoned) return false
      if (urgent > 0 || !active) return true
      // Read again: reports may have been added or removed while waiting.
      const pending = unsavedReports(store.getState().reports)
      const result = await storage.putReports(
        pending.map((loaded) => ({ id: loaded.id, value: loaded })),
        () => urgent === 0 && hasTime(),
      )
      if (!result.ok) {
        // The save at once that took its place writes what this did not.
        if (aheadAbandoned) return false
        markFailed(result.failure.message)
        return false
      }
      for (const loaded of pending.slice(0, result.value)) saved.set(loaded.id, loaded)
    }
  }

  async function saveNow(): Promise<void> {
    dirty = false
    saving = true
    aheadAbandoned = false
    setPersistence({ status: 'saving' })
    try {
      if (!(await writeAheadInIdleTime()) || !active) return
      await commit(pickWorkspace(store.getState()))
    } finally {
      saving = false
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

  /**
   * The page may be closed next: everything not stored yet is written in one transaction at once, not
   * after the save in progress (its callbacks may never run again). Writing a report twice is harmless.
   */
  function writeEverythingNow(): void {
    if (!active || (!dirty && !saving)) return
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    dirty = false
    // A write ahead under way would hold this one back, and what still waits when the page goes is lost.
    aheadAbandoned = true
    storage.abandonWritesAhead()
    idleWait?.wake()
    void commit(pickWorkspace(store.getState()))
  }

  function onHidden(): void {
    if (document.visibilityState === 'hidden') writeEverythingNow()
  }
  function onPageHide(): void {
    writeEverythingNow()
  }

  async function urgently(task: () => Promise<void>): Promise<void> {
    urgent++
    idleWait?.wake()
    try {
      await task()
    } finally {
      urgent--
    }
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
      unlisted = new Set(loaded.value.unlisted)
      listen()
      // Something may have been added while storage was being opened.
      if (store.getState().reports.length > 0 || unlisted.size > 0) schedule()
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
    unlisted = new Set(loaded.value.unlisted)
    listen()
    if (restored.lost.length > 0) setPersistence({ notice: lostMessage(restored.lost.length) })
    // The meta record may still list lost reports, and reports added meanwhile are not stored yet.
    if (restored.lost.length > 0 || content !== restored.content || unlisted.size > 0) schedule()
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
      await urgently(() => (dirty ? queueSave() : running))
    },
    retry: async () => {
      await ready
      await urgently(queueSave)
    },
    clear: async () => {
      await ready
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      await urgently(() => running)
      store.getState().replaceWorkspace(emptyWorkspace())
      lastContent = pickWorkspace(store.getState())
      dirty = false
      const result = await storage.clear()
      if (result.ok) {
        saved = new Map()
        unlisted = new Set()
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
      stopped = true
      active = false
      channel?.close()
      idleWait?.wake()
      if (timer !== undefined) clearTimeout(timer)
      unsubscribe()
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
    },
  }
}

export function emptyWorkspace(): WorkspaceContent {
  return {
    reports: [],
    corrections: [],
    identityCorrections: {},
    aliases: {},
    filters: EMPTY_FILTERS,
    selectedIds: [],
    files: [],
  }
}
