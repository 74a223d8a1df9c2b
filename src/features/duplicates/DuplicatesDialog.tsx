import { useId, useRef, useState } from 'react'
import { useDashboardStore, useEffectiveReports } from '../../store'
import { selectDuplicateGroups } from '../../store/selectors/duplicateGroups'
import { useFocusLanding } from '../dialog/useFocusLanding'
import { useModalFocus } from '../dialog/useModalFocus'
import { keepOneCopy } from './discardDuplicates'
import { DuplicateGroupView } from './DuplicateGroupView'
import '../workspace/workspace.css'
import './duplicates.css'

interface DuplicatesDialogProps {
  onClose: () => void
  /** Told once a copy is kept and the others removed (the dialog closes by itself after the last group). */
  onKept: () => void
}

/** One duplicate group at a time; the user keeps one copy or leaves the choice for later. */
export function DuplicatesDialog({ onClose, onKept }: DuplicatesDialogProps) {
  const groups = useDashboardStore(selectDuplicateGroups)
  const reports = useEffectiveReports()
  const [index, setIndex] = useState(0)
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const group = groups[Math.min(index, groups.length - 1)]

  useModalFocus(dialog, { onClose })
  // 保留此份 goes with its group: focus goes to the dialog, whose title names the next group.
  const landFocus = useFocusLanding(dialog)

  if (!group) return null
  const byId = new Map(reports.map((loaded) => [loaded.id, loaded]))
  const copies = group.reportIds.flatMap((id) => {
    const loaded = byId.get(id)
    return loaded ? [loaded] : []
  })
  const position = Math.min(index, groups.length - 1)

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className="dialog dialog--wide"
      >
        <h2 id={titleId} className="dialog__title">
          重复报告：{group.agency} {group.year} 年（{copies.length} 份）
        </h2>
        <p className="duplicates-hint">
          同一机关同一年度的报告加载了多份。请对照下表，选择保留哪一份。
          若它们其实不是同一机关，请在“机关别名”中检查名称归并。
        </p>
        <DuplicateGroupView
          group={group}
          copies={copies}
          onKeep={(id) => {
            landFocus(null)
            keepOneCopy(useDashboardStore.getState, group, id)
            onKept()
          }}
        />
        <div className="dialog__actions">
          {groups.length > 1 ? (
            <>
              <span className="duplicates-position">
                第 {position + 1} / {groups.length} 组
              </span>
              <button type="button" disabled={position === 0} onClick={() => setIndex(position - 1)}>
                上一组
              </button>
              <button
                type="button"
                disabled={position === groups.length - 1}
                onClick={() => setIndex(position + 1)}
              >
                下一组
              </button>
            </>
          ) : null}
          <button type="button" onClick={onClose}>
            稍后处理
          </button>
        </div>
      </div>
    </div>
  )
}
