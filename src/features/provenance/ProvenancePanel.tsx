import { reportTitle } from '../../core/model/labels'
import { useEffect, useId, useRef } from 'react'
import { useDashboardStore, useEffectiveReport, type InspectedCells } from '../../store'
import { CellSource } from './CellSource'
import { SOURCE_KIND_TEXT } from './sourceKindText'
import './provenance.css'
import { ScopeBadge } from '../format/ScopeBadge'
import { ReportActions } from '../corrections/ReportActions'
import { ReportIdentity } from '../corrections/ReportIdentity'
import { focusIsLost, focusPlace, focusPlaceOf, type FocusPlace } from '../dialog/focusPlace'

/**
 * Escape pressed outside the panel means nothing else: not in a field (where it may clear the text) nor
 * in another dialog (which it closes instead).
 */
function escapeIsFree(): boolean {
  const active = document.activeElement
  if (focusIsLost() || !(active instanceof HTMLElement)) return true
  if (active.isContentEditable || active.closest('input, textarea, select') !== null) return false
  return active.closest('[role="dialog"], [role="alertdialog"], dialog') === null
}

/** What opened the panel, where it sits in its list, and the view it is in. */
interface Opener {
  element: HTMLElement
  place: FocusPlace | null
  view: HTMLElement | null
}

/** A check's cells are compared by its rule; they do not make one value. */
function cellsSentence({ kind, cellIds }: InspectedCells): string {
  return kind === 'check'
    ? `该检查涉及以下 ${cellIds.length} 个单元格：`
    : `该数值由以下 ${cellIds.length} 个单元格得出：`
}

/**
 * Where a number came from: opened by clicking a number in the overview, the comparison or the checks
 * panel. Non-modal, so the tables stay usable beside it; Escape or 关闭 closes it, and focus goes back to
 * the number it was opened from, so a keyboard user carries on where they were. When that number went
 * with its report (移除此报告), focus goes to the one that took its place (the next row's, see
 * focusPlace), else to the view it was in.
 */
export function ProvenancePanel() {
  const inspected = useDashboardStore((state) => state.inspected)
  const closeInspection = useDashboardStore((state) => state.closeInspection)
  const loaded = useEffectiveReport(inspected?.reportId)
  const titleId = useId()
  const panelRef = useRef<HTMLElement>(null)
  const openerRef = useRef<Opener | null>(null)

  useEffect(() => {
    if (!inspected) {
      const opener = openerRef.current
      openerRef.current = null
      // Only when focus was in the panel (now gone): a click elsewhere keeps its own focus.
      if (!focusIsLost() || opener === null) return
      if (opener.element.isConnected) opener.element.focus()
      else if (opener.place === null || !focusPlace(opener.place)) opener.view?.focus()
      return
    }
    const active = document.activeElement
    if (active instanceof HTMLElement && !panelRef.current?.contains(active))
      openerRef.current = { element: active, place: null, view: active.closest('[role="tabpanel"]') }
    panelRef.current?.focus()
  }, [inspected])

  // Where the opener sits, read as 移除此报告 is pressed: rows may have been sorted, filtered or scrolled
  // since the panel opened, and once the opener has gone with its report it is too late to ask.
  const noteOpenerPlace = () => {
    const opener = openerRef.current
    if (opener?.element.isConnected) opener.place = focusPlaceOf(opener.element)
  }

  useEffect(() => {
    if (!inspected) return
    // On the whole page, not only in the panel: focus may have moved to a tab, or fallen to <body> when
    // a button removed itself (撤销更正).
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (panelRef.current?.contains(document.activeElement) === true || escapeIsFree()) closeInspection()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [inspected, closeInspection])

  if (!inspected || !loaded) return null
  const { report } = loaded
  const title = reportTitle(report.agency, report.year)

  return (
    <aside
      ref={panelRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      className="provenance-panel"
      data-testid="provenance-panel"
      tabIndex={-1}
    >
      <header className="provenance-header">
        <h2 id={titleId}>数值来源：{inspected.label}</h2>
        <button
          type="button"
          className="provenance-close"
          onClick={closeInspection}
          aria-label="关闭来源面板"
        >
          ×
        </button>
      </header>
      <p className="provenance-report" data-testid="source-report">
        <ReportIdentity report={report} />
        <ScopeBadge scope={report.scope} />
      </p>
      <p className="provenance-file">
        文件：<span data-testid="source-file">{loaded.fileName}</span>（
        {SOURCE_KIND_TEXT[report.document.kind]}）
      </p>
      <ReportActions loaded={loaded} title={title} onRemoving={noteOpenerPlace} />
      {inspected.cellIds.length > 1 ? <p className="muted">{cellsSentence(inspected)}</p> : null}
      {inspected.cellIds.map((cellId) => (
        <CellSource key={cellId} loaded={loaded} cellId={cellId} />
      ))}
    </aside>
  )
}
