/**
 * The agency and year from a real seed whose title is surrounded the way saved pages and pasted text
 * surround it: site chrome, links to other reports, a page's metadata block, markdown and quotation marks.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { cellValues } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

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

describe('the agency and year of a saved page with another report in a sidebar above the article', () => {
  const PAGE = join(FIXTURES, 'real/shuyang_fgj_2023_page.html')
  // Another report's title and its first rows, as a "相关报告" box above the article may show them.
  const SIDEBAR =
    '<div class="side"><p>沭阳县水利局2022年政府信息公开工作年度报告</p><p>一、总体情况</p>' +
    '<table><tr><td>一、本年新收政府信息公开申请数量</td><td>7</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>7</td></tr></table></div>'

  it('takes the title the page’s own <title> names, says it chose, and reads the article’s numbers', async () => {
    const html = readFileSync(PAGE, 'utf8')
    expect(html).toContain('<body>')
    const bytes = new TextEncoder().encode(html.replace('<body>', `<body>${SIDEBAR}`))
    const [item] = await ingestFile('page.html', bytes)
    if (item === undefined || !item.outcome.ok) throw new Error('page not read')
    const { report } = item.outcome
    const truth = expectedOf(PAGE)
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year])
    const guessed = report.notices.filter((notice) => notice.code === 'identity-guessed')
    expect(guessed.map((notice) => notice.message)).toEqual([
      expect.stringContaining(`取与网页标题相同的一个：“${truth.agency} ${truth.year}”`),
    ])
    expect(cellValues(report)).toEqual(truth.cells)
  })
})
