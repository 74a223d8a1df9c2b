import { useDashboardStore } from '../../store'
import { emptyWorkspace, startPersistence, type PersistenceController } from './persistence'
import { createIndexedDbStorage, type WorkspaceStorage } from './workspaceStorage'

let controller: PersistenceController | undefined

/** Starts keeping the workspace in IndexedDB (once per page); main.tsx calls it before the first render. */
export function startWorkspacePersistence(
  storage: WorkspaceStorage = createIndexedDbStorage(),
): PersistenceController | undefined {
  if (controller) return controller
  if (typeof indexedDB === 'undefined' && storage.kind === 'indexeddb') {
    useDashboardStore.getState().setPersistence({
      status: 'failed',
      error: '此浏览器不支持本地存储（IndexedDB），关闭页面后工作区不会保留，请导出工作区备份。',
    })
    return undefined
  }
  controller = startPersistence(storage)
  return controller
}

export function stopWorkspacePersistence(): void {
  controller?.stop()
  controller = undefined
}

/** Empties the workspace, and the storage when persistence runs (清空). */
export async function clearWorkspace(): Promise<void> {
  if (controller) await controller.clear()
  else useDashboardStore.getState().replaceWorkspace(emptyWorkspace())
}

/** Saves again after a failure (重试保存). */
export async function retryWorkspaceSave(): Promise<void> {
  await controller?.retry()
}

/** Writes pending changes now, e.g. before the workspace is exported or replaced. */
export async function flushWorkspace(): Promise<void> {
  await controller?.flush()
}
