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
    // 总计 spans the header's three rows beside 申请人情况: merged with the second row, it comes before 自然人.
    expect(headerOrder('申请人情况 总计 自然人 法人或其他组织', ORGANISATIONS)).toEqual({ kind: 'template' })
    expect(headerOrder(`申请人情况 总计 自然人 法人或其他组织 ${ORGANISATIONS}`)).toEqual({
      kind: 'template',
    })
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

  it('names across lines say nothing', () => {
    expect(headerOrder('总计', '自然人', '法人或其他组织', ORGANISATIONS)).toEqual({ kind: 'template' })
  })
})
