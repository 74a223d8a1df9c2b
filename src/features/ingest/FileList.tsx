import { memo } from 'react'
import { useDashboardStore } from '../../store/dashboardStore'
import type { FileEntry, FileStatus } from '../../store/types'

const STATUS_TEXT: Record<FileStatus, string> = {
  queued: '排队中',
  reading: '读取中',
  read: '已读取',
  failed: '失败',
  duplicate: '重复',
}

const FileRow = memo(function FileRow({ file }: { file: FileEntry }) {
  return (
    <li
      data-testid="file-item"
      data-status={file.status}
      className={`ingest-file ingest-file--${file.status}`}
    >
      <span className="ingest-file__name" title={file.name}>
        {file.name}
      </span>
      <span className="ingest-file__status">{STATUS_TEXT[file.status]}</span>
      {file.message && <span className="ingest-file__message">{file.message}</span>}
    </li>
  )
})

function summarize(files: FileEntry[]): string {
  const count = (status: FileStatus) => files.filter((file) => file.status === status).length
  const pending = count('queued') + count('reading')
  const parts = [`共 ${files.length} 个文件`, `已读取 ${count('read')}`]
  if (pending > 0) parts.push(`处理中 ${pending}`)
  if (count('failed') > 0) parts.push(`失败 ${count('failed')}`)
  if (count('duplicate') > 0) parts.push(`重复 ${count('duplicate')}`)
  return parts.join('，')
}

/** Every added file with its status; failed and duplicate files say why. */
export function FileList() {
  const files = useDashboardStore((state) => state.files)
  if (files.length === 0) return null
  return (
    <section className="ingest-files" aria-label="已添加的文件">
      <p className="ingest-muted" aria-live="polite">
        {summarize(files)}
      </p>
      <ul data-testid="file-list" className="ingest-files__list">
        {files.map((file) => (
          <FileRow key={file.id} file={file} />
        ))}
      </ul>
    </section>
  )
}
