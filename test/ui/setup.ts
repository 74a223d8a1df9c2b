import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetDashboardStore } from '../../src/store'

// jsdom lays nothing out, so every element measures 0×0 and @tanstack/react-virtual renders no rows.
// A fixed viewport lets the virtualised overview table render its first rows like a browser would.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 720 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1280 })
// Nor does it scroll: the overview grid scrolls a cell into view before focusing it.
Element.prototype.scrollIntoView = () => {}

afterEach(() => {
  cleanup()
  resetDashboardStore()
})
