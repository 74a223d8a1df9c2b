import { describe, expect, it } from 'vitest'
import {
  addReports,
  selectAvailableAgencies,
  selectFilteredReports,
  useDashboardStore,
} from '../../../src/store'
import { asLoaded, expectedSeedReports } from './expectedReports'

describe('agency names in the views', () => {
  it('shows one agency when its report is loaded under two names, and follows the alias list', () => {
    const seeds = expectedSeedReports()
    const official = seeds[0]
    if (!official) throw new Error('seed 000 missing')
    // The same body written with the common abbreviation, as another year's report might be.
    const abbreviated = {
      ...official,
      agency: '新乡县城管局',
      year: official.year - 1,
      document: { ...official.document, name: 'abbreviated.txt' },
    }
    addReports([asLoaded(official, 0), asLoaded(abbreviated, 1)])
    const state = useDashboardStore.getState()
    expect(selectFilteredReports(state).map((entry) => entry.report.agency)).toEqual([
      '新乡县城市管理局',
      '新乡县城市管理局',
    ])
    expect(selectAvailableAgencies(state)).toEqual(['新乡县城市管理局'])
    // The stored reports keep the names as the reports wrote them.
    expect(state.reports.map((entry) => entry.report.agency)).toEqual(['新乡县城市管理局', '新乡县城管局'])

    // A typo the built-in table cannot know (管埋 for 管理) is merged once the user adds the alias.
    const typo = { ...abbreviated, agency: '新乡县城市管埋局', year: official.year - 2 }
    addReports([asLoaded({ ...typo, document: { ...typo.document, name: 'typo.txt' } }, 2)])
    expect(new Set(selectAvailableAgencies(useDashboardStore.getState()))).toEqual(
      new Set(['新乡县城市管埋局', '新乡县城市管理局']),
    )
    useDashboardStore.getState().setAlias('新乡县城市管埋局', '新乡县城市管理局')
    expect(selectAvailableAgencies(useDashboardStore.getState())).toEqual(['新乡县城市管理局'])
  })
})
