import { useEffectiveReports } from '../../store'
import type { FileEntry } from '../../store/types'
import { loadedTitle } from './fileOutcome'
import { RemoveReportsDialog } from './RemoveReportsDialog'

interface RemoveFileDialogProps {
  file: FileEntry
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before a file's reports leave the workspace, naming them and the corrections that go with them. */
export function RemoveFileDialog({ file, onConfirm, onCancel }: RemoveFileDialogProps) {
  const reports = useEffectiveReports()
  const ids = file.reportIds ?? []
  const titles = reports.filter((loaded) => ids.includes(loaded.id)).map(loadedTitle)
  return (
    <RemoveReportsDialog
      title={`移除 ${file.name}？`}
      what={`此文件读出的 ${titles.length} 份报告（${titles.join('、')}）`}
      reportIds={ids}
      imported={file.imported === true}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}
