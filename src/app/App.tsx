import { useState } from 'react'
import { ChartsView } from '../features/charts/ChartsView'
import { ChecksView } from '../features/checks/ChecksView'
import { useProblemCount } from '../features/checks/useProblemCount'
import { ComparisonView } from '../features/comparison/ComparisonView'
import { DuplicatesNotice } from '../features/duplicates/DuplicatesNotice'
import { FiltersBar } from '../features/filters/FiltersBar'
import { IngestPanel } from '../features/ingest/IngestPanel'
import { OverviewView } from '../features/overview/OverviewView'
import { ProvenancePanel } from '../features/provenance/ProvenancePanel'
import { WorkspaceBar } from '../features/workspace/WorkspaceBar'
import { useDashboardStore, useSelectedReports } from '../store'
import { ErrorBoundary } from './ErrorBoundary'
import { TAB_LABELS, type TabId } from './tabs'
import { SkipLink } from './SkipLink'
import { Tabs } from './Tabs'
import { useIdleWarmUp } from './useIdleWarmUp'

function ActiveView({ tab }: { tab: TabId }) {
  switch (tab) {
    case 'overview':
      return <OverviewView />
    case 'comparison':
      return <ComparisonView />
    case 'charts':
      return <ChartsView />
    case 'checks':
      return <ChecksView />
  }
}

export function App() {
  const [tab, setTab] = useState<TabId>('overview')
  // The reports the comparison shows: a ticked report the filters hide is named there, not counted here.
  const comparedCount = useSelectedReports().length
  const problemCount = useProblemCount()
  const inspecting = useDashboardStore((state) => state.inspected !== null)
  useIdleWarmUp()

  return (
    <div className={inspecting ? 'app app--beside-panel' : 'app'}>
      <SkipLink targetId={`tab-${tab}`}>跳到报告视图</SkipLink>
      <header className="app-header">
        <h1>政府信息公开年报比对</h1>
        <p className="tagline">读取并比较政府信息公开工作年度报告。文件只在本机浏览器中解析，不会上传。</p>
      </header>
      <main className="app-main">
        <ErrorBoundary area="添加报告">
          <IngestPanel />
        </ErrorBoundary>
        <ErrorBoundary area="工作区">
          <WorkspaceBar />
          <DuplicatesNotice />
        </ErrorBoundary>
        <ErrorBoundary area="筛选">
          <FiltersBar />
        </ErrorBoundary>
        <Tabs active={tab} onChange={setTab} badges={{ comparison: comparedCount, checks: problemCount }} />
        {/* Focusable from script: where focus goes when what it was on left the view (see ProvenancePanel). */}
        <div
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          className="tab-panel"
          tabIndex={-1}
        >
          <ErrorBoundary key={tab} area={TAB_LABELS[tab]}>
            <ActiveView tab={tab} />
          </ErrorBoundary>
        </div>
        <ErrorBoundary area="数值来源">
          <ProvenancePanel />
        </ErrorBoundary>
      </main>
    </div>
  )
}
