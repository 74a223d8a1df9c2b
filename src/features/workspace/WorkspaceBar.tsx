import { useRef, useState } from 'react'
import { correctionCount, useDashboardStore, type PersistenceState, type WorkspaceContent } from '../../store'
import { AliasEditor } from '../aliases/AliasEditor'
import { ConfirmDialog } from './ConfirmDialog'
import { clearWorkspace, flushWorkspace, retryWorkspaceSave } from './persistenceRuntime'
import { downloadWorkspace, readWorkspaceFile } from './workspaceTransfer'
import './workspace.css'

const STATUS_TEXT: Record<PersistenceState['status'], string> = {
  off: '',
  restoring: '正在恢复上次的工作区…',
  saving: '正在保存到本机…',
  saved: '工作区已保存在本机浏览器中',
  failed: '工作区未能保存',
}

type Pending = { kind: 'clear' } | { kind: 'import'; content: WorkspaceContent; fileName: string }

function describeContent(
  content: Pick<WorkspaceContent, 'reports' | 'corrections' | 'identityCorrections'>,
): string {
  const parts = [`${content.reports.length} 份报告`]
  const corrections = correctionCount(content)
  if (corrections > 0) parts.push(`${corrections} 处更正`)
  return parts.join('、')
}

/** The workspace's own actions: where it is kept, export, import and 清空, and every storage failure. */
export function WorkspaceBar() {
  const persistence = useDashboardStore((state) => state.persistence)
  const reports = useDashboardStore((state) => state.reports)
  const corrections = useDashboardStore((state) => state.corrections)
  const identityCorrections = useDashboardStore((state) => state.identityCorrections)
  const setPersistence = useDashboardStore((state) => state.setPersistence)
  const replaceWorkspace = useDashboardStore((state) => state.replaceWorkspace)
  const [pending, setPending] = useState<Pending | null>(null)
  const [aliasesOpen, setAliasesOpen] = useState(false)
  const aliasCount = useDashboardStore((state) => Object.keys(state.aliases).length)
  const [transferError, setTransferError] = useState<string>()
  const [transferNote, setTransferNote] = useState<string>()
  const importInput = useRef<HTMLInputElement>(null)
  const empty = reports.length === 0

  async function exportNow() {
    setTransferError(undefined)
    await flushWorkspace()
    const result = downloadWorkspace(useDashboardStore.getState())
    if (result.ok)
      setTransferNote(`已导出 ${describeContent(useDashboardStore.getState())}：${result.fileName}`)
    else setTransferError(result.message)
  }

  async function importFile(file: File) {
    setTransferError(undefined)
    setTransferNote(undefined)
    const result = await readWorkspaceFile(file)
    if (!result.ok) {
      setTransferError(result.message)
      return
    }
    if (useDashboardStore.getState().reports.length === 0) applyImport(result.content, file.name)
    else setPending({ kind: 'import', content: result.content, fileName: file.name })
  }

  function applyImport(content: WorkspaceContent, fileName: string) {
    replaceWorkspace(content)
    setTransferNote(`已从 ${fileName} 导入 ${describeContent(content)}`)
  }

  async function confirmPending() {
    const current = pending
    setPending(null)
    if (current?.kind === 'clear') {
      setTransferNote(undefined)
      await clearWorkspace()
    } else if (current?.kind === 'import') {
      applyImport(current.content, current.fileName)
    }
  }

  return (
    <section className="workspace" aria-label="工作区">
      <div className="workspace-bar">
        <span
          data-testid="workspace-status"
          data-state={persistence.status}
          className="workspace-bar__status"
          aria-live="polite"
        >
          {STATUS_TEXT[persistence.status]}
        </span>
        <button type="button" aria-expanded={aliasesOpen} onClick={() => setAliasesOpen((open) => !open)}>
          机关别名{aliasCount > 0 ? `（${aliasCount}）` : ''}
        </button>
        <button type="button" onClick={() => void exportNow()} disabled={empty}>
          导出工作区
        </button>
        <button type="button" onClick={() => importInput.current?.click()}>
          导入工作区
        </button>
        <input
          ref={importInput}
          type="file"
          accept=".json,application/json"
          aria-label="选择工作区文件"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            event.currentTarget.value = ''
            if (file) void importFile(file)
          }}
        />
        <button
          type="button"
          onClick={() => setPending({ kind: 'clear' })}
          // A stored workspace that could not be read is cleared with it, even with nothing on the page.
          disabled={empty && persistence.status !== 'failed'}
          title={empty && persistence.status !== 'failed' ? '工作区中还没有报告，无需清空' : undefined}
        >
          清空
        </button>
      </div>
      {aliasesOpen ? <AliasEditor /> : null}
      {persistence.error ? (
        <div role="alert" className="workspace-alert" data-testid="storage-error">
          <p>{persistence.error}</p>
          {persistence.retryable ? (
            <button type="button" onClick={() => void retryWorkspaceSave()}>
              重试保存
            </button>
          ) : null}
        </div>
      ) : null}
      {persistence.notice ? (
        <div role="status" className="workspace-alert workspace-alert--notice">
          <p>{persistence.notice}</p>
          <button type="button" onClick={() => setPersistence({ notice: undefined })}>
            知道了
          </button>
        </div>
      ) : null}
      {transferError ? (
        <div role="alert" className="workspace-alert">
          <p>{transferError}</p>
          <button type="button" onClick={() => setTransferError(undefined)}>
            关闭
          </button>
        </div>
      ) : null}
      {transferNote ? (
        <p role="status" className="workspace-bar__status">
          {transferNote}
        </p>
      ) : null}
      {pending?.kind === 'clear' ? (
        <ConfirmDialog
          title="清空工作区？"
          confirmLabel="确认清空"
          onConfirm={() => void confirmPending()}
          onCancel={() => setPending(null)}
        >
          <p>
            将移除全部 {describeContent({ reports, corrections, identityCorrections })}
            、机关别名、筛选条件和文件列表，并删除本机浏览器中保存的副本。此操作无法撤销。
          </p>
          <p>如需保留，请先点击“导出工作区”。</p>
        </ConfirmDialog>
      ) : null}
      {pending?.kind === 'import' ? (
        <ConfirmDialog
          title="用导入的工作区替换当前工作区？"
          confirmLabel="替换"
          onConfirm={() => void confirmPending()}
          onCancel={() => setPending(null)}
        >
          <p>
            {pending.fileName} 含 {describeContent(pending.content)}。当前的{' '}
            {describeContent({ reports, corrections, identityCorrections })}
            将被替换。如需保留，请先取消并导出当前工作区。
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
