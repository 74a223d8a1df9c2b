import { useCallback, useRef, useState } from 'react'
import { useDashboardStore } from '../../store'
import { selectDuplicateGroups } from '../../store/selectors/duplicateGroups'
import { useFocusLanding } from '../dialog/useFocusLanding'
import { DuplicatesDialog } from './DuplicatesDialog'
import './duplicates.css'

/**
 * Says that an agency and year is loaded more than once until the user has chosen which copy to keep; then
 * says that it was done, where the notice stood, and takes the focus that the dialog's 保留此份 had.
 */
export function DuplicatesNotice() {
  const groups = useDashboardStore(selectDuplicateGroups)
  const emptied = useDashboardStore((state) => state.reports.length === 0)
  const [open, setOpen] = useState(false)
  const [handled, setHandled] = useState(0)
  const done = useRef<HTMLParagraphElement>(null)
  const landFocus = useFocusLanding(done)
  const close = useCallback(() => setOpen(false), [])
  const kept = useCallback(() => {
    landFocus(null)
    setHandled((count) => count + 1)
  }, [landFocus])
  // The line tells of the dialog just used: copies added after it, or a workspace emptied, make it old news.
  if (handled > 0 && (emptied || (groups.length > 0 && !open))) setHandled(0)
  if (groups.length === 0) {
    // The dialog went with the last group: it must not open by itself when other copies are added later.
    if (open) setOpen(false)
    if (handled === 0) return null
    return (
      <p ref={done} tabIndex={-1} role="status" className="duplicates-done" data-testid="duplicates-done">
        已处理 {handled} 组重复报告：每组保留了您选择的一份，其余已从工作区移除（文件列表中已注明）。
      </p>
    )
  }
  const copies = groups.reduce((sum, group) => sum + group.reportIds.length, 0)
  return (
    <div role="status" className="duplicates-notice" data-testid="duplicates-notice">
      <p>
        发现 {groups.length} 组重复报告：同一机关同一年度共加载了 {copies} 份（
        {groups.map((group) => `${group.agency} ${group.year}`).join('、')}）。处理前，汇总和对比会重复计算。
      </p>
      <button type="button" onClick={() => setOpen(true)}>
        处理重复报告
      </button>
      {open ? <DuplicatesDialog onClose={close} onKept={kept} /> : null}
    </div>
  )
}
