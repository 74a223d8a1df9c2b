/**
 * The agency and year from a real seed whose title is surrounded the way saved pages and pasted text
 * surround it: site chrome, links to other reports, a page's metadata block, markdown and quotation marks.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { FIXTURES } from '../../helpers/expectedReports'

const SEED = readFileSync(join(FIXTURES, 'seeds/002_3971b268707d3ce1.txt'), 'utf8')
const TITLE = '中牟县人民政府办公室 2023 年政府信息公开工作年度报告'
const AGENCY = '中牟县人民政府办公室'

function identityWith(head: string): { agency: string; year: number; guessed: boolean } {
  expect(SEED).toContain(TITLE)
  const outcome = readReport(textToDocument('seed.txt', SEED.replace(TITLE, head)))
  if (!outcome.ok) throw new Error(outcome.error.message)
  const { agency, year, notices } = outcome.report
  return { agency, year, guessed: notices.some((notice) => notice.code === 'identity-guessed') }
}

describe('the agency and year from the title', () => {
  it.each([
    ['markdown emphasis', `**${TITLE}**`],
    ['book-title marks', `《${TITLE}》`],
    ['关于 between agency and year', '中牟县人民政府办公室关于2023年度政府信息公开工作年度报告'],
    [
      'a link to last year’s report above',
      `上一篇：中牟县人民政府办公室2022年政府信息公开工作年度报告\n${TITLE}`,
    ],
    [
      'a notice about another year’s report above',
      `中牟县人民政府办公室关于公布2022年度政府信息公开工作年度报告更正的说明\n${TITLE}`,
    ],
    [
      'a metadata block naming the publisher, the title without agency',
      '索引号：001/2024-00012\n发布机构：中牟县人民政府办公室\n生成日期：2024-01-20\n名称：2023年度政府信息公开工作年度报告',
    ],
  ])('%s', (_, head) => {
    expect(identityWith(head)).toEqual({ agency: AGENCY, year: 2023, guessed: false })
  })

  it('does not take prose naming a report for the title; the guess is said', () => {
    const identity = identityWith(
      '中牟县人民政府办公室\n政府信息公开工作年度报告\n本报告根据《条例》编制，现将本机关2022年政府信息公开工作年度报告公布如下。',
    )
    expect(identity.guessed).toBe(true)
    expect(identity.agency).not.toContain('现将')
  })

  it('takes the title right before the body over a list of other reports above it, saying it chose', () => {
    const head = `热点推荐\n中牟县人民政府2023年政府信息公开工作年度报告\n中牟县教育局2023年政府信息公开工作年度报告\n\n${TITLE}`
    expect(identityWith(head)).toEqual({ agency: AGENCY, year: 2023, guessed: true })
  })

  it('does not take a website from a 来源 field for the agency of a title without one', () => {
    const identity = identityWith(
      '首页 > 政务公开 > 年度报告\n2023年政府信息公开工作年度报告\n发布时间：2024-01-20 来源：中牟县人民政府网',
    )
    expect(identity.agency).not.toContain('网')
    expect(identity.guessed).toBe(true)
  })

  it('says it is guessing when whole titles of different agencies come before the body', () => {
    const identity = identityWith(`${TITLE}\n相关链接\n中牟县财政局2023年政府信息公开工作年度报告`)
    expect(identity.guessed).toBe(true)
  })
})
