import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { ErrorBoundary } from './app/ErrorBoundary'
import './app/app.css'
import { startWorkspacePersistence } from './features/workspace/persistenceRuntime'

// Before the first render, so the stored workspace is on its way back while the page draws.
startWorkspacePersistence()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary area="页面">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
}
