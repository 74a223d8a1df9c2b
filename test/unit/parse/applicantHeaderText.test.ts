/**
 * The order of 表三's applicant columns as header lines print them (applicantHeaderText), for headers whose
 * cells do not line up with the numbers: the names' order within each line, 法人或其他组织 standing for its five
 * columns against 自然人 and 总计.
 */
import { describe, expect, it } from 'vitest'
import { applicantHeaderText } from '../../../src/core/parse/applicantHeaderText'
import { DocumentLines } from '../../../src/core/parse/documentLines'
import { textToDocument } from '../../../src/core/read/text'

function headerOrder(...header: string[]) {
  const lines = new DocumentLines(textToDocument('header.txt', header.join('\n')))
  return applicantHeaderText(lines, 0, header.length)
}

const ORGANISATIONS = '商业企业 科研机构 社会公益组织 法律服务机构 其他'

describe('applicantHeaderText', () => {
  it('the template’s two-level header, and its lines merged into one by copying, are the template’s order', () => {
    expect(headerOrder('申请人情况', '自然人 法人或其他组织 总计', ORGANISATIONS)).toEqual({
      kind: 'template',
    })
    // The five organisations printed after 总计 on a merged line are a level lower: they say nothing against it.
    expect(headerOrder(`申请人情况 自然人 法人或其他组织 总计 ${ORGANISATIONS}`)).toEqual({
      kind: 'template',
    })
  })

  it('a merged line with 总计 right after 申请人情况 reads two ways: beside it and last, or under it and first', () => {
    // The published reports' header (总计 beside 申请人情况, spanning three rows) and the blank 2021 template's
    // (申请人情况 over all seven, 总计 on the second row) with 总计 first merge into the same line.
    const readings = [
      { kind: 'template' },
      { kind: 'other', order: ['total', 'natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'] },
    ]
    expect(headerOrder('申请人情况 总计 自然人 法人或其他组织', ORGANISATIONS)).toEqual({
      kind: 'either',
      readings,
    })
    expect(headerOrder(`申请人情况 总计 自然人 法人或其他组织 ${ORGANISATIONS}`)).toEqual({
      kind: 'either',
      readings,
    })
  })

  it('总计 after a cell of the lower rows stands under 申请人情况 (the blank 2021 template), in its own place', () => {
    expect(headerOrder('申请人情况 自然人 总计 法人或其他组织', ORGANISATIONS)).toEqual({
      kind: 'other',
      order: ['natural', 'total', 'commercial', 'research', 'nonprofit', 'legal', 'other'],
    })
    expect(headerOrder('申请人情况 自然人 法人或其他组织 总计', ORGANISATIONS)).toEqual({ kind: 'template' })
  })

  it('申请人情况 stands for the six columns under it against 总计', () => {
    expect(headerOrder('总计 申请人情况', '自然人 法人或其他组织', ORGANISATIONS)).toEqual({
      kind: 'other',
      order: ['total', 'natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'],
    })
  })

  it('a header with 自然人 after the organisations gives that order, merged or not', () => {
    const order = ['commercial', 'research', 'nonprofit', 'legal', 'other', 'natural', 'total']
    expect(headerOrder('法人或其他组织 自然人 总计', ORGANISATIONS)).toEqual({ kind: 'other', order })
    expect(headerOrder(`法人或其他组织 自然人 总计 ${ORGANISATIONS}`)).toEqual({ kind: 'other', order })
    // One level, every column named on one line.
    expect(headerOrder(`${ORGANISATIONS} 自然人 总计`)).toEqual({ kind: 'other', order })
  })

  it('the organisations’ own order is read from their line', () => {
    expect(
      headerOrder('自然人 法人或其他组织 总计', '法律服务机构 商业企业 科研机构 社会公益组织 其他'),
    ).toEqual({
      kind: 'other',
      order: ['natural', 'legal', 'commercial', 'research', 'nonprofit', 'other', 'total'],
    })
  })

  it('a header that contradicts the template but leaves a column’s place open is unclear', () => {
    // 总计 is named on no line with another column.
    expect(headerOrder('总计', '法人或其他组织 自然人', ORGANISATIONS)).toEqual({ kind: 'unclear' })
    // Two lines that contradict each other.
    expect(headerOrder('自然人 总计 法人或其他组织', '总计 自然人', ORGANISATIONS)).toEqual({
      kind: 'unclear',
    })
  })

  it('names printed in pieces on lines of text are joined where the pieces make one name', () => {
    expect(
      headerOrder(
        '申请人情况 总计',
        '法人或其他 组织 自然人',
        '商业 企业 科研 机构 社会公益 组织 法律服务 机构 其他',
      ),
    ).toEqual({
      kind: 'other',
      order: ['commercial', 'research', 'nonprofit', 'legal', 'other', 'natural', 'total'],
    })
    // 其他 is a name itself: the piece after it is not joined to it.
    expect(
      headerOrder(
        '总计 申请人情况',
        '法人或其他组织 自然人',
        '其他 组织 商业企业 科研机构 社会公益组织 法律服务机构',
      ),
    ).toEqual({
      kind: 'other',
      order: ['total', 'other', 'commercial', 'research', 'nonprofit', 'legal', 'natural'],
    })
  })

  it('the order of six columns, when a table leaves one out', () => {
    const sixColumns = (...header: string[]) => {
      const lines = new DocumentLines(textToDocument('header.txt', header.join('\n')))
      const present = ['commercial', 'research', 'nonprofit', 'legal', 'other', 'total'] as const
      return applicantHeaderText(lines, 0, header.length, present)
    }
    expect(sixColumns('申请人情况 总计', '法人或其他组织', ORGANISATIONS)).toEqual({ kind: 'template' })
    expect(sixColumns('总计 申请人情况', '法人或其他组织', ORGANISATIONS)).toEqual({
      kind: 'other',
      order: ['total', 'commercial', 'research', 'nonprofit', 'legal', 'other'],
    })
  })

  it('names across lines say nothing', () => {
    expect(headerOrder('总计', '自然人', '法人或其他组织', ORGANISATIONS)).toEqual({ kind: 'template' })
  })
})
