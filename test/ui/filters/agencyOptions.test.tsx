import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { agencyOptions, MAX_AGENCY_OPTIONS } from '../../../src/features/filters/agencyOptions'
import { FiltersBar } from '../../../src/features/filters/FiltersBar'
import { addReports } from '../../../src/store'
import { expectedSeedEntries } from '../store/expectedReports'

/** 1,000 loaded reports: the five seeds' ground truth under numbered agency names. */
function thousandEntries() {
  const seeds = expectedSeedEntries()
  return Array.from({ length: 1000 }, (_, i) => {
    const seed = seeds[i % seeds.length]
    if (!seed) throw new Error('the seeds are missing')
    const agency = `${String(i).padStart(4, '0')}${seed.report.agency}`
    return { ...seed, id: `r${i}`, fingerprint: `fp${i}`, report: { ...seed.report, agency } }
  })
}

const options = () => within(screen.getByRole('list', { name: '机关列表' })).queryAllByRole('checkbox')

describe('agencyOptions', () => {
  const agencies = Array.from({ length: 120 }, (_, i) => `${String(i).padStart(3, '0')}县城市管理局`)

  it('caps the list at 50 and counts the rest', () => {
    expect(MAX_AGENCY_OPTIONS).toBe(50)
    const result = agencyOptions(agencies, [], '')
    expect(result.shown).toEqual(agencies.slice(0, 50))
    expect(result.hidden).toBe(70)
  })

  it('always shows the selected agencies, first, even when the query does not match them', () => {
    const result = agencyOptions(agencies, ['119县城市管理局'], '00')
    const matches = ['000', '001', '002', '003', '004', '005', '006', '007', '008', '009', '100']
    expect(result.shown).toEqual(['119县城市管理局', ...matches.map((n) => `${n}县城市管理局`)])
    expect(result.hidden).toBe(0)
    expect(result.matching).toBe(11)
  })
})

describe('agency filter with 1,000 agencies', { timeout: 60_000 }, () => {
  it('draws 50 checkboxes with 还有 950 个, and the search finds any agency', async () => {
    const user = userEvent.setup()
    addReports(thousandEntries())
    render(<FiltersBar />)
    expect(options()).toHaveLength(50)
    expect(screen.getByText('还有 950 个，请输入关键字搜索')).toBeVisible()
    await user.type(screen.getByRole('searchbox', { name: '搜索机关' }), '0999')
    expect(options()).toHaveLength(1)
    await user.click(options()[0] as HTMLElement)
    expect(screen.getByTestId('filter-chip')).toHaveTextContent(/^机关0999/)
    await user.clear(screen.getByRole('searchbox', { name: '搜索机关' }))
    // The ticked agency stays on the list, ahead of the first 49 others.
    expect(options()).toHaveLength(50)
    expect(options()[0]).toBeChecked()
    expect(screen.getByText('还有 950 个，请输入关键字搜索')).toBeVisible()
  })
})
