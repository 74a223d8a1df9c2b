import { useCallback, useState } from 'react'
import { useDashboardStore } from '../../store'
import { selectDuplicateGroups } from '../../store/selectors/duplicateGroups'
import { DuplicatesDialog } from './DuplicatesDialog'
import './duplicates.css'

/** Says that an agency and year is loaded more than once until the user has chosen which copy to keep. */
export function DuplicatesNotice() {
  const groups = useDashboardStore(selectDuplicateGroups)
  const [open, setOpen] = useState(false)
  const close = useCallback(() => setOpen(false), [])
  if (groups.length === 0) return null
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
      {open ? <DuplicatesDialog onClose={close} /> : null}
    </div>
  )
}
