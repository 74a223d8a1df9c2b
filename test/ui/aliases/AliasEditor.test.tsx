import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AliasEditor } from '../../../src/features/aliases/AliasEditor'
import { useDashboardStore } from '../../../src/store'
import { selectDuplicateGroups } from '../../../src/store/selectors/duplicateGroups'
import { parsedSeedEntries } from '../store/expectedReports'

function renamed(index: number, agency: string) {
  const entry = parsedSeedEntries()[index]
  if (!entry) throw new Error('seed missing')
  return {
    ...entry,
    id: `${entry.id}-${agency}`,
    fingerprint: `${entry.fingerprint}-${agency}`,
    report: { ...entry.report, agency },
  }
}

describe('AliasEditor', { timeout: 20_000 }, () => {
  it('adds and removes aliases; the loaded names they merge are listed and grouped as one agency', async () => {
    const user = userEvent.setup()
    const a = renamed(0, '甲县城管局')
    const b = { ...renamed(0, '甲县市容管理处'), id: 'other', fingerprint: 'other' }
    useDashboardStore.getState().addReport(a)
    useDashboardStore.getState().addReport(b)
    expect(selectDuplicateGroups(useDashboardStore.getState())).toHaveLength(0)

    render(<AliasEditor />)
    // The built-in expansion is shown without any alias.
    const mappings = screen.getByRole('list', { name: '名称归并' })
    expect(mappings).toHaveTextContent('甲县城管局 → 甲县城市管理局')

    await user.type(screen.getByLabelText('别名'), '甲县市容管理处')
    await user.type(screen.getByLabelText('规范名称'), '甲县城市管理局')
    await user.click(screen.getByRole('button', { name: '添加别名' }))
    expect(useDashboardStore.getState().aliases).toEqual({ 甲县市容管理处: '甲县城市管理局' })
    expect(screen.getAllByTestId('alias-row')).toHaveLength(1)
    expect(screen.getByRole('list', { name: '名称归并' })).toHaveTextContent(
      '甲县市容管理处 → 甲县城市管理局别名',
    )
    // Now the two reports are one agency and year: a duplicate for the user to resolve.
    expect(selectDuplicateGroups(useDashboardStore.getState())).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: '删除别名 甲县市容管理处' }))
    expect(useDashboardStore.getState().aliases).toEqual({})
    expect(selectDuplicateGroups(useDashboardStore.getState())).toHaveLength(0)
  })

  it('refuses an alias that names itself', async () => {
    const user = userEvent.setup()
    render(<AliasEditor />)
    await user.type(screen.getByLabelText('别名'), '乙县教育局')
    await user.type(screen.getByLabelText('规范名称'), '乙县教育局')
    expect(screen.getByRole('alert')).toHaveTextContent('别名与规范名称相同')
    expect(screen.getByRole('button', { name: '添加别名' })).toBeDisabled()
    expect(
      within(screen.getByRole('region', { name: '机关别名' })).getByText('尚未添加别名。'),
    ).toBeInTheDocument()
  })
})
