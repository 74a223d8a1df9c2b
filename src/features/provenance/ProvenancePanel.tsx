import { reportTitle } from '../../core/model/labels'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useDashboardStore, useEffectiveReport } from '../../store'
import { CellSource } from './CellSource'
import { SOURCE_KIND_TEXT } from './sourceKindText'
import './provenance.css'
import { ScopeBadge } from '../format/ScopeBadge'

/**
 * Where a number came from: opened by clicking a number in the overview, the comparison or the checks
 * panel. Non-modal, so the tables stay usable beside it; Escape or 关闭 closes it.
 */
export function ProvenancePanel() {
  const inspected = useDashboardStore((state) => state.inspected)
  const closeInspection = useDashboardStore((state) => state.closeInspection)
  const loaded = useEffectiveReport(inspected?.reportId)
  const titleId = useId()
  const panelRef = useRef<HTMLElement>(null)

  useEffect(() => {
    if (inspected) panelRef.current?.focus()
  }, [inspected])

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
