import { useDashboardStore, useEffectiveReports } from '../../store'
import type { FileEntry } from '../../store/types'
import { ConfirmDialog } from '../workspace/ConfirmDialog'
import { loadedTitle } from './fileOutcome'

interface RemoveFileDialogProps {
  file: FileEntry
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before a file's reports leave the workspace, naming them and the corrections that go with them. */
export function RemoveFileDialog({ file, onConfirm, onCancel }: RemoveFileDialogProps) {
  const reports = useEffectiveReports()
  const corrections = useDashboardStore((state) => state.corrections)
  const ids = new Set(file.reportIds ?? [])
  const titles = reports.filter((loaded) => ids.has(loaded.id)).map(loadedTitle)
  const corrected = corrections.filter((correction) => ids.has(correction.reportId)).length
  return (
    <ConfirmDialog
      title={`移除 ${file.name}？`}
      confirmLabel="确认移除"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        将从工作区移除此文件读出的 {titles.length} 份报告（{titles.join('、')}）
        {corrected > 0 ? `及对其所做的 ${corrected} 处更正` : ''}
        ，总览、对比、图表和检查中不再显示，本机保存的副本也会删除。
      </p>
      <p>
        此操作无法撤销；如需恢复，请
        {file.imported === true ? '重新导入原来的工作区文件' : '重新添加该文件'}。
      </p>
    </ConfirmDialog>
  )
}
