import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/app/App'
import { ErrorBoundary } from '../../../src/app/ErrorBoundary'
import { addReport } from '../../../src/store'
import { expectedSeedEntries } from '../store/expectedReports'

function Broken(): never {
  throw new Error('坏数据')
}

describe('App layout', () => {
  it('shows the product name, the ingest panel, the filters and the four tabs', () => {
    render(<App />)
    expect(screen.getByRole('heading', { level: 1, name: '政府信息公开年报比对' })).toBeInTheDocument()
    expect(screen.getByTestId('dropzone')).toBeInTheDocument()
    expect(screen.getByTestId('filters')).toBeInTheDocument()
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual(['总览', '并排对比', '图表', '检查'])
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
  })

  it('switches tabs by click and by arrow key, with exactly one panel shown', async () => {
    const user = userEvent.setup()
    for (const entry of expectedSeedEntries()) addReport(entry)
    render(<App />)
    expect(within(screen.getByRole('tabpanel')).getByTestId('overview-table')).toBeInTheDocument()
    await user.click(screen.getByRole('tab', { name: '并排对比' }))
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1)
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('并排对比')
    expect(screen.getByRole('tabpanel')).toHaveTextContent('请在“总览”中勾选至少两份报告')
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: '总览' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tab', { name: '总览' })).toHaveFocus()
  })
})

describe('ErrorBoundary', () => {
  it('replaces only the failing part with a Chinese message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <div>
        <p>其余内容</p>
        <ErrorBoundary area="总览">
          <Broken />
        </ErrorBoundary>
      </div>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('「总览」显示出错：坏数据')
    expect(screen.getByText('其余内容')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
    warn.mockRestore()
    error.mockRestore()
  })
})
