import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetDashboardStore } from '../../src/store'

afterEach(() => {
  cleanup()
  resetDashboardStore()
})
