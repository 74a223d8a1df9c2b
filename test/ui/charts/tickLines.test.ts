import { describe, expect, it } from 'vitest'
import { tickLines } from '../../../src/features/charts/chartFormat'

describe('tickLines', () => {
  it('keeps a short label on one line and splits one of up to two lines', () => {
    expect(tickLines('新乡县城市管理局', 13)).toEqual(['新乡县城市管理局'])
    expect(tickLines('郑州航空港经济综合实验区管理委员会财政局', 13)).toEqual([
      '郑州航空港经济综合实验区管',
      '理委员会财政局',
    ])
  })

  it('never splits a trailing year', () => {
    expect(tickLines('新乡县人民政府办公室 2023', 13)).toEqual(['新乡县人民政府办公室', '2023'])
    expect(tickLines('中牟县人民政府办公室事务管理局 2023', 13)).toEqual([
      '中牟县人民政府办公室事务管',
      '理局 2023',
    ])
  })

  it('keeps the start and the end of a longer label, a trailing year included', () => {
    const [start, end] = tickLines('河南省郑州市航空港经济综合实验区管理委员会财政局 2023', 13)
    expect(start).toBe('河南省郑州市航空港经济综合')
    expect(end).toBe('…理委员会财政局 2023')
    expect([...(end ?? '')]).toHaveLength(13)
  })
})
