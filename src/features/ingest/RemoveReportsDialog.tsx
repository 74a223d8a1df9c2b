import { correctionCount, useDashboardStore } from '../../store'
import { ConfirmDialog } from '../workspace/ConfirmDialog'

interface RemoveReportsDialogProps {
  /** The dialog's question, e.g. "移除 某局 2023？". */
  title: string
  /** What goes, as the sentence's object: "此文件读出的 2 份报告（…）". */
  what: string
  /** The reports that go: their corrections are counted. */
  reportIds: readonly string[]
  /** They came from an imported workspace file: that, not their own files, brings them back. */
  imported: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before reports leave the workspace, naming them and the corrections that go with them. */
export function RemoveReportsDialog({
  title,
  what,
  reportIds,
  imported,
  onConfirm,
  onCancel,
}: RemoveReportsDialogProps) {
  const ids = new Set(reportIds)
  const corrected = useDashboardStore((state) => correctionCount(state, ids))
  return (
    <ConfirmDialog title={title} confirmLabel="确认移除" onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        将从工作区移除{what}
        {corrected > 0 ? `及对其所做的 ${corrected} 处更正` : ''}
        ，总览、对比、图表和检查中不再显示，本机保存的副本也会删除。
      </p>
      <p>此操作无法撤销；如需恢复，请{imported ? '重新导入原来的工作区文件' : '重新添加该文件'}。</p>
    </ConfirmDialog>
  )
}
