import { describe, expect, it } from 'vitest'
import {
  agencyKey,
  agencyKeyer,
  normalizeAgencyName,
  sameAgency,
} from '../../../src/core/identity/agencyName'

describe('agency names', () => {
  it.each([
    ['沭阳县发改局', '沭阳县发展和改革局'],
    ['沭阳县 发展和改革局', '沭阳县发展和改革局'],
    ['沭阳县发展改革局', '沭阳县发展和改革局'],
    ['平潭综合实验区', '平潭综合实验区管委会'],
    ['平潭综合实验区管理委员会', '平潭综合实验区管委会'],
    ['新乡县城管局', '新乡县城市管理局'],
    ['卫辉市人社局', '卫辉市人力资源和社会保障局'],
    ['卫辉市住建局', '卫辉市住房和城乡建设局'],
    ['卫辉市市监局', '卫辉市市场监督管理局'],
    ['卫辉市卫健委', '卫辉市卫生健康委员会'],
    ['中牟县政府办', '中牟县人民政府办公室'],
    ['中牟县政府办公室', '中牟县人民政府办公室'],
    ['中牟县政府', '中牟县人民政府'],
    ['（沭阳县）发改局', '沭阳县发展和改革局'],
    // A government's report titled by its area alone ("洪泽区2022年政府信息公开工作年度报告").
    ['洪泽区', '洪泽区人民政府'],
    ['中牟县', '中牟县政府'],
    ['中牟县白沙镇', '中牟县白沙镇人民政府'],
  ])('%s ≡ %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(true)
  })

  it.each([
    ['中牟县人民政府', '中牟县人民政府办公室'],
    ['中牟县政府', '中牟县政府办公室'],
    ['沭阳县发展和改革局', '泗阳县发展和改革局'],
    ['城乡一体化示范区党政办公室', '城乡一体化示范区'],
    ['平潭综合实验区管委会', '平潭综合实验区管委会办公室'],
    ['中牟县', '中牟县人民政府办公室'],
    ['城乡一体化示范区', '城乡一体化示范区人民政府'],
    // Areas no 人民政府 governs keep their own names.
    ['长葛市产业集聚区', '长葛市产业集聚区人民政府'],
    ['金水区文化路社区', '金水区文化路社区人民政府'],
  ])('%s and %s stay different bodies', (a, b) => {
    expect(sameAgency(a, b)).toBe(false)
  })

  it('shows the expanded official name', () => {
    expect(normalizeAgencyName('沭阳县发改局')).toBe('沭阳县发展和改革局')
    expect(normalizeAgencyName('中牟县政府办')).toBe('中牟县人民政府办公室')
    expect(normalizeAgencyName('平潭综合实验区管委会')).toBe('平潭综合实验区')
    expect(normalizeAgencyName('中牟县')).toBe('中牟县人民政府')
    expect(normalizeAgencyName('长葛市产业集聚区')).toBe('长葛市产业集聚区')
  })

  it('applies user aliases before the built-in table, through chains and without looping', () => {
    const aliases = { 沐阳县发改局: '沭阳县发展和改革局', 甲: '乙', 乙: '甲' }
    expect(sameAgency('沐阳县发改局', '沭阳县发改局', aliases)).toBe(true)
    expect(sameAgency('沐阳县发改局', '沭阳县发改局')).toBe(false)
    expect(() => agencyKey('甲', aliases)).not.toThrow()
    expect(agencyKey('甲', aliases)).toBe(agencyKey('乙', aliases))
  })

  it('ignores blank alias entries', () => {
    expect(normalizeAgencyName('新乡县城管局', { '': '某局', 新乡县城管局: ' ' })).toBe('新乡县城市管理局')
  })

  it('keyer agrees with agencyKey', () => {
    const aliases = { 洪泽区政府: '淮安市洪泽区人民政府' }
    const key = agencyKeyer(aliases)
    for (const name of ['洪泽区政府', '洪泽区人民政府', '沭阳县发改局'])
      expect(key(name)).toBe(agencyKey(name, aliases))
    expect(key('洪泽区人民政府')).toBe(agencyKey('淮安市洪泽区人民政府'))
  })
})
