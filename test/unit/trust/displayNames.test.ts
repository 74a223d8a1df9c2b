import { describe, expect, it } from 'vitest'
import { displayAgencyNames } from '../../../src/core/identity/displayNames'

describe('display names of agencies', () => {
  it('shows an abbreviation under the full official name when both are loaded', () => {
    const renamed = displayAgencyNames(['沭阳县发改局', '沭阳县发展和改革局', '新乡县城市管理局'])
    expect(renamed.get('沭阳县发改局')).toBe('沭阳县发展和改革局')
    expect(renamed.has('沭阳县发展和改革局')).toBe(false)
    expect(renamed.has('新乡县城市管理局')).toBe(false)
  })

  it('merges a zone and its committee', () => {
    const renamed = displayAgencyNames(['平潭综合实验区', '平潭综合实验区管委会'])
    expect(renamed.get('平潭综合实验区')).toBe('平潭综合实验区管委会')
  })

  it('keeps a unique name exactly as written, even when it is an abbreviation', () => {
    expect(displayAgencyNames(['沭阳县发改局']).size).toBe(0)
  })

  it("uses the user's canonical name from the alias list", () => {
    const renamed = displayAgencyNames(['沐阳县发改局', '沭阳县发展和改革局'], {
      沐阳县发改局: '沭阳县发展和改革局',
    })
    expect(renamed.get('沐阳县发改局')).toBe('沭阳县发展和改革局')
    const alone = displayAgencyNames(['沐阳县发改局'], { 沐阳县发改局: '沭阳县发展和改革局' })
    expect(alone.get('沐阳县发改局')).toBe('沭阳县发展和改革局')
  })

  it('never merges a government with its office', () => {
    expect(displayAgencyNames(['中牟县人民政府', '中牟县人民政府办公室']).size).toBe(0)
  })
})
