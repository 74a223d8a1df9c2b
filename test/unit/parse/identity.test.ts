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

describe('the agency of a title that does not hold all of it on its line', () => {
  const BARE = '2023年政府信息公开工作年度报告'

  it.each([
    ['the name wrapped before 办公室', '中牟县人民政府\n办公室2023年政府信息公开工作年度报告'],
    [
      'the name wrapped twice, the year on a third line',
      '中牟县人民\n政府办公室\n2023年政府信息公开工作年度报告',
    ],
    ['a covering notice', `关于印发${AGENCY}2023年政府信息公开工作年度报告的通知`],
    ['an attachment number on the title’s line', `附件1${AGENCY}2023年政府信息公开工作年度报告`],
    [
      'the publisher and the date on one line',
      `发布机构：${AGENCY} 发布时间：2024-01-15\n名称：2023年度政府信息公开工作年度报告`,
    ],
    [
      'the publisher in a metadata table, and a classification above the title',
      `索引号\t410122/2024-00012\t分类：年报\n发布机构\t${AGENCY}\t公开日期\t2024-01-17\n${BARE}`,
    ],
    [
      'a list of other agencies above, the publisher in the metadata',
      `中牟县财政局\n中牟县教育局\n中牟县公安局\n${BARE}\n发布机构：${AGENCY}\n发布时间：2024-01-15`,
    ],
  ])('%s', (_, head) => {
    expect(identityWith(head)).toEqual({ agency: AGENCY, year: 2023, guessed: false })
  })

  it.each([
    ['a list of other agencies above', `中牟县财政局\n中牟县教育局\n中牟县公安局\n${BARE}`],
    ['the website’s name above', `中牟县人民政府门户网站\n${BARE}`],
    ['the end of a name with nothing above it', `办公室${BARE}`],
    ['a menu line under an agency', `中牟县财政局\n办事服务\n${BARE}`],
    ['a menu line under a government', `中牟县人民政府\n政府信息公开\n${BARE}`],
    ['a heading under the website’s name', `中牟县人民政府门户网站\n政府信息公开年报\n${BARE}`],
    ['a menu of sections', `局领导\n内设机构\n所属单位\n${BARE}`],
  ])('is not taken from %s: the file name, saying so', (_, head) => {
    expect(identityWith(head)).toEqual({ agency: 'seed', year: 2023, guessed: true })
  })

  it('says so when the line above the title and the page’s publisher name different agencies', () => {
    const head = `首页\n政务公开\n中牟县教育局\n${BARE}\n发布机构：${AGENCY}`
    const outcome = readReport(textToDocument('seed.txt', SEED.replace(TITLE, head)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const guessed = outcome.report.notices.filter((notice) => notice.code === 'identity-guessed')
    expect(guessed.map((notice) => notice.message)).toEqual([
      `标题中没有机关名称：机关取标题上一行的“中牟县教育局”，但网页的发布机构为“${AGENCY}”，请核对`,
    ])
  })
})

describe('the year of a title the statistics period contradicts', () => {
  const PERIOD = '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'

  it('keeps the title’s year and says the two differ', () => {
    const head = `中牟县人民政府办公室2013年政府信息公开工作年度报告\n${PERIOD}`
    const outcome = readReport(textToDocument('seed.txt', SEED.replace(TITLE, head)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const { agency, year, notices } = outcome.report
    expect([agency, year]).toEqual([AGENCY, 2013])
    expect(notices.filter((notice) => notice.code === 'identity-guessed').map((n) => n.message)).toEqual([
      '标题中的年度 2013 与正文中统计期限的年度 2023 不同，年度取标题中的 2013，请核对',
    ])
  })

  it('says nothing when they agree', () => {
    expect(identityWith(`${TITLE}\n${PERIOD}`)).toEqual({ agency: AGENCY, year: 2023, guessed: false })
  })
})

describe('the agency of a saved page whose article title names none, under a list of other departments', () => {
  const PAGE = join(FIXTURES, 'real/shuyang_fgj_2023_page.html')
  const TITLE_TEXT = '沭阳县发展和改革局2023年政府信息公开年度报告'
  const DEPARTMENTS = '<ul class="dept"><li>沭阳县财政局</li><li>沭阳县水利局</li><li>沭阳县教育局</li></ul>'

  /** The page with every title written without its agency, as many sites title their reports. */
  function bareTitledPage(edit: (html: string) => string = (html) => html): Uint8Array {
    const html = readFileSync(PAGE, 'utf8')
    expect(html).toContain('<h1 class="article-title"')
    const bare = html.replaceAll(TITLE_TEXT, '2023年政府信息公开年度报告')
    return new TextEncoder().encode(
      edit(bare.replace('<h1 class="article-title"', `${DEPARTMENTS}<h1 class="article-title"`)),
    )
  }

  async function read(bytes: Uint8Array) {
    const [item] = await ingestFile('page.html', bytes)
    if (item === undefined || !item.outcome.ok) throw new Error('page not read')
    return item.outcome.report
  }

  it('takes the publisher of the page’s metadata table, not the department listed above the title', async () => {
    const report = await read(bareTitledPage())
    const truth = expectedOf(PAGE)
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year])
    expect(report.notices.filter((notice) => notice.code === 'identity-guessed')).toEqual([])
    expect(cellValues(report)).toEqual(truth.cells)
  })

  it('without a publisher, names the report after its file and says so', async () => {
    const publisher = '<td class="c2" align="left">沭阳县发展和改革局</td>'
    const report = await read(
      bareTitledPage((html) => html.replace(publisher, '<td class="c2" align="left"></td>')),
    )
    expect([report.agency, report.year]).toEqual(['page', 2023])
    expect(report.notices.some((notice) => notice.code === 'identity-guessed')).toBe(true)
  })
})
