import { reportTitle } from '../../core/model/labels'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useDashboardStore, useEffectiveReport } from '../../store'
import { CellSource } from './CellSource'
import { SOURCE_KIND_TEXT } from './sourceKindText'
import './provenance.css'
import { ScopeBadge } from '../format/ScopeBadge'

/**
 * Where a number came from: opened by clicking a number in the overview, the comparison or the checks
 * panel. Non-modal, so the tables stay usable beside it; Escape or 关闭 closes it, and focus goes back to
 * the number it was opened from, so a keyboard user carries on where they were.
 */
function focusIsNowhere(): boolean {
  return document.activeElement === null || document.activeElement === document.body
}

export function ProvenancePanel() {
  const inspected = useDashboardStore((state) => state.inspected)
  const closeInspection = useDashboardStore((state) => state.closeInspection)
  const loaded = useEffectiveReport(inspected?.reportId)
  const titleId = useId()
  const panelRef = useRef<HTMLElement>(null)
  const openerRef = useRef<HTMLElement | null>(null)

  useEffect(() => {
    if (!inspected) {
      const opener = openerRef.current
      openerRef.current = null
      // Only when focus was in the panel (now gone): a click elsewhere keeps its own focus.
      if (opener?.isConnected && focusIsNowhere()) opener.focus()
      return
    }
    const active = document.activeElement
    if (active instanceof HTMLElement && !panelRef.current?.contains(active)) openerRef.current = active
    panelRef.current?.focus()
  }, [inspected])

  useEffect(() => {
    if (!inspected) return
    // A button that removes itself (撤销更正) leaves focus on <body>, out of the panel's reach: Escape
    // still closes the panel then.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && focusIsNowhere()) closeInspection()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [inspected, closeInspection])

  if (!inspected || !loaded) return null
  const { report } = loaded

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') closeInspection()
  }

  return (
    <aside
      ref={panelRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      className="provenance-panel"
      data-testid="provenance-panel"
      tabIndex={-1}
      onKeyDown={onKeyDown}
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
      <p className="provenance-report">
        {reportTitle(report.agency, report.year)}
        <ScopeBadge scope={report.scope} />
      </p>
      <p className="provenance-file">
        文件：<span data-testid="source-file">{loaded.fileName}</span>（
        {SOURCE_KIND_TEXT[report.document.kind]}）
      </p>
      {inspected.cellIds.length > 1 ? (
        <p className="muted">该数值由以下 {inspected.cellIds.length} 个单元格得出：</p>
      ) : null}
      {inspected.cellIds.map((cellId) => (
        <CellSource key={cellId} loaded={loaded} cellId={cellId} />
      ))}
    </aside>
  )
}
