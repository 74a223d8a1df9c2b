import { memo, useCallback, useRef, useState } from 'react'
import { useDashboardStore } from '../../store/dashboardStore'
import type { FileEntry, FileStatus } from '../../store/types'
import { useRowVirtualizer } from '../overview/rowVirtualizer'
import { canRemoveFile, removeFile } from './removeFile'
import { RemoveFileDialog } from './RemoveFileDialog'

const STATUS_TEXT: Record<FileStatus, string> = {
  queued: '排队中',
  reading: '读取中',
  read: '已读取',
  failed: '失败',
  duplicate: '重复',
}

/** Up to this many files every row is drawn; beyond, only the rows scrolled into view. */
const ALL_ROWS_UP_TO = 50
const ROW_HEIGHT = 30

type StatusCounts = Record<FileStatus, number>

function countStatuses(files: readonly FileEntry[]): StatusCounts {
  const counts: StatusCounts = { queued: 0, reading: 0, read: 0, failed: 0, duplicate: 0 }
  for (const file of files) counts[file.status]++
  return counts
}

function summarize(total: number, counts: StatusCounts): string {
  const pending = counts.queued + counts.reading
  const parts = [`共 ${total} 个文件`, `已读取 ${counts.read}`]
  if (pending > 0) parts.push(`处理中 ${pending}`)
  if (counts.failed > 0) parts.push(`失败 ${counts.failed}`)
  if (counts.duplicate > 0) parts.push(`重复 ${counts.duplicate}`)
  return parts.join('，')
}

type RemoveHandler = (file: FileEntry) => void

interface FileRowProps {
  file: FileEntry
  onRemove: RemoveHandler
}

const FileRow = memo(function FileRow({ file, onRemove }: FileRowProps) {
  const removable = canRemoveFile(file)
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
      <button
        type="button"
        className="ingest-file__remove"
        aria-label={`移除 ${file.name}`}
        title={removable ? undefined : '读取完成后才能移除'}
        disabled={!removable}
        onClick={() => onRemove(file)}
      >
        移除
      </button>
      {file.message && (
        <span className="ingest-file__message" data-testid="file-message">
          {file.message}
        </span>
      )}
    </li>
  )
})

interface RowsProps {
  files: readonly FileEntry[]
  counts: StatusCounts
  onRemove: RemoveHandler
}

/** The counts on the list itself: with the rows virtualised, the benchmark cannot count file items. */
function countAttributes(files: readonly FileEntry[], counts: StatusCounts) {
  return {
    'data-files': files.length,
    'data-pending': counts.queued + counts.reading,
    'data-read': counts.read,
  }
}

function AllRows({ files, counts, onRemove }: RowsProps) {
  return (
    <ul data-testid="file-list" {...countAttributes(files, counts)} className="ingest-files__list">
      {files.map((file) => (
        <FileRow key={file.id} file={file} onRemove={onRemove} />
      ))}
    </ul>
  )
}

/**
 * A thousand dropped files: the list scrolls through all of them but draws only what is in view. Rows
 * flow normally between padding that stands in for the others, so a row whose message wraps only makes
 * the scroll height a little off, never overlaps.
 */
function VisibleRows({ files, counts, onRemove }: RowsProps) {
  const scrollRef = useRef<HTMLUListElement>(null)
  const virtualizer = useRowVirtualizer({
    count: files.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => files[index]?.id ?? index,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  return (
    <ul
      ref={scrollRef}
      data-testid="file-list"
      {...countAttributes(files, counts)}
      className="ingest-files__list ingest-files__list--virtual"
      style={{ paddingTop, paddingBottom }}
    >
      {items.map((item) => {
        const file = files[item.index]
        return file ? <FileRow key={file.id} file={file} onRemove={onRemove} /> : null
      })}
    </ul>
  )
}

/**
 * Every added file with its status; failed and duplicate files say why. Each can be removed: a file with
 * reports in the workspace after a confirmation, a line that brought nothing in at once.
 */
export function FileList() {
  const files = useDashboardStore((state) => state.files)
  const [confirming, setConfirming] = useState<FileEntry | null>(null)
  const section = useRef<HTMLElement>(null)
  // The pressed button goes with its row; focus stays in the list instead of falling to the page.
  const removeNow = useCallback((id: string) => {
    removeFile(useDashboardStore.getState, id)
    section.current?.focus()
  }, [])
  const onRemove = useCallback(
    (file: FileEntry) => {
      if ((file.reportIds ?? []).length > 0) setConfirming(file)
      else removeNow(file.id)
    },
    [removeNow],
  )
  if (files.length === 0) return null
  const counts = countStatuses(files)
  return (
    <section ref={section} tabIndex={-1} className="ingest-files" aria-label="已添加的文件">
      <p className="ingest-muted" aria-live="polite">
        {summarize(files.length, counts)}
      </p>
      {files.length > ALL_ROWS_UP_TO ? (
        <VisibleRows files={files} counts={counts} onRemove={onRemove} />
      ) : (
        <AllRows files={files} counts={counts} onRemove={onRemove} />
      )}
      {confirming ? (
        <RemoveFileDialog
          file={confirming}
          onConfirm={() => {
            setConfirming(null)
            removeNow(confirming.id)
          }}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  )
}
