/**
 * The agency and year of a real seed whose title writes the year the way official documents also do: in
 * Chinese numerals (二〇二三年, 二零二三年, with ○ or O for the zero, spaced out by PDF extraction), as a
 * range of years, or not at all. The body's own "2023 年" prose is rewritten alike where a case needs it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { cellValues } from '../../../src/core/model/report'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const SEED_PATH = join(FIXTURES, 'seeds/000_7bba39e252e1dfbf.txt')
const SEED = readFileSync(SEED_PATH, 'utf8')
const EXPECTED = expectedOf(SEED_PATH)
const TITLE = '# 新乡县城市管理局 2023 年政府信息公开工作年度 报告'
const AGENCY = '新乡县城市管理局'
/** The seed's prose with its year: "2023 年，我单位…", "2023 年度新乡县城市管理局…", "2023年我单位…". */
const PROSE_YEAR = /2023 ?年/g

interface Read {
  agency: string
  year: number
  /** The messages of identity-guessed notices. */
  guesses: string[]
}

function readWith(
  title: string,
  prose: (text: string) => string = (text) => text,
  fileName = '附件1.txt',
): Read {
  expect(SEED).toContain(TITLE)
  const outcome = readReport(textToDocument(fileName, prose(SEED.replace(TITLE, title))))
  if (!outcome.ok) throw new Error(outcome.error.message)
  const { agency, year, notices } = outcome.report
  expect(cellValues(outcome.report)).toEqual(EXPECTED.cells)
  const guesses = notices.filter((notice) => notice.code === 'identity-guessed').map((n) => n.message)
  return { agency, year, guesses }
}

const chineseProse = (text: string) => text.replace(PROSE_YEAR, '二〇二三 年')

describe('a title with the year in Chinese numerals', () => {
  it.each([
    ['二〇二三年', '# 新乡县城市管理局二〇二三年政府信息公开工作年度报告'],
    ['二零二三年', '# 新乡县城市管理局二零二三年政府信息公开工作年度报告'],
    ['○ (U+25CB) for the zero', '# 新乡县城市管理局二○二三年政府信息公开工作年度报告'],
    ['a Latin O for the zero', '# 新乡县城市管理局二O二三年政府信息公开工作年度报告'],
    ['a full-width Ｏ for the zero', '新乡县城市管理局二Ｏ二三年政府信息公开工作年度报告'],
    ['spaces from PDF extraction', '# 新乡县城市管理局 二 〇 二 三 年 政府信息公开工作年度 报告'],
    ['二〇二三年度', '**新乡县城市管理局二〇二三年度政府信息公开工作年度报告**'],
    ['year first', '二〇二三年度新乡县城市管理局政府信息公开工作年度报告'],
  ])('%s', (_, title) => {
    expect(readWith(title, chineseProse)).toEqual({ agency: AGENCY, year: 2023, guesses: [] })
  })

  it('reads a year of the 2019 format in Chinese numerals too', () => {
    const read = readWith('新乡县城市管理局二〇二〇年政府信息公开工作年度报告')
    expect([read.agency, read.year]).toEqual([AGENCY, 2020])
  })

  it('does not read 三〇二三 as a year, nor put it into the agency; the guess is said', () => {
    const read = readWith('# 新乡县城市管理局三〇二三年政府信息公开工作年度报告', chineseProse)
    expect(read.year).toBe(0)
    expect(read.agency).not.toContain('三〇二三')
    expect(read.guesses).toHaveLength(1)
  })
})

describe('prose naming a report in Chinese numerals is not the title', () => {
  it.each([
    ['speaking of itself', '我局二〇二三年政府信息公开工作年度报告已按时发布'],
    ['with punctuation before the year', '按照要求，编制二〇二三年政府信息公开工作年度报告。'],
  ])('%s, above a title without a year', (_, prose) => {
    const read = readWith(`# ${AGENCY}政府信息公开工作年度报告\n${prose}`, chineseProse)
    expect(read.agency).toBe(AGENCY)
    expect(read.year).toBe(0)
    expect(read.guesses).toEqual([`标题中没有年度：机关取标题中的“${AGENCY}”，年度未知，请核对`])
  })
})

describe('a title covering a range of years', () => {
  it.each([
    ['二〇二二至二〇二三', '# 新乡县城市管理局二〇二二至二〇二三年政府信息公开工作年度报告'],
    ['2022-2023', '# 新乡县城市管理局2022-2023年政府信息公开工作年度报告'],
    ['2022年度至2023', '# 新乡县城市管理局2022年度至2023年度政府信息公开工作年度报告'],
  ])('%s keeps the agency and picks no year, saying so', (range, title) => {
    expect(readWith(title)).toEqual({
      agency: AGENCY,
      year: 0,
      guesses: [`标题中的年度“${range}”不止一年：机关取标题中的“${AGENCY}”，年度未知，请核对`],
    })
  })
})

describe('a title without a year', () => {
  const title = `# ${AGENCY}政府信息公开工作年度报告`

  it('keeps the agency of the title and leaves the year unknown, not taken from the prose', () => {
    for (const prose of [(text: string) => text, chineseProse])
      expect(readWith(title, prose)).toEqual({
        agency: AGENCY,
        year: 0,
        guesses: [`标题中没有年度：机关取标题中的“${AGENCY}”，年度未知，请核对`],
      })
  })

  it('takes the year from the statistics period sentence, saying so', () => {
    const period = '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'
    expect(readWith(`${title}\n${period}`)).toEqual({
      agency: AGENCY,
      year: 2023,
      guesses: [`标题中没有年度：机关取标题中的“${AGENCY}”，年度按正文中的统计期限取 2023，请核对`],
    })
  })

  it('takes the year from a file name written as the title, saying so, when the text has none', () => {
    const fileName = `${AGENCY}2023年政府信息公开工作年度报告.txt`
    expect(readWith(title, (text) => text, fileName)).toEqual({
      agency: AGENCY,
      year: 2023,
      guesses: [`标题中没有年度：机关取标题中的“${AGENCY}”，年度按文件名取 2023，请核对`],
    })
  })

  it('split over two lines, takes the agency from the line above, not 政府 from the report words', () => {
    expect(readWith(`${AGENCY}\n政府信息公开工作年度报告`)).toEqual({
      agency: AGENCY,
      year: 0,
      guesses: [`标题中没有年度：机关取标题附近的“${AGENCY}”，年度未知，请核对`],
    })
    expect(readWith(`${AGENCY}\n人民政府信息公开工作年度报告`).agency).toBe(AGENCY)
    // No agency anywhere near: the file name, as for no title at all.
    const alone = readWith('# 政府信息公开工作年度报告')
    expect(alone.agency).toBe('附件1')
    expect(alone.guesses).toEqual(['未在标题中找到机关名称和年度，机关按文件名取“附件1”，年度未知'])
  })

  it('does not take a breadcrumb naming the report column for the title', () => {
    const read = readWith(`首页 > 政务公开 > ${AGENCY}政府信息公开工作年度报告`)
    expect(read.agency).toBe('附件1')
    expect(read.guesses).toHaveLength(1)
  })
})

describe('a title without a year, on the seed of a government office', () => {
  const seedPath = join(FIXTURES, 'seeds/002_3971b268707d3ce1.txt')
  const seed = readFileSync(seedPath, 'utf8')
  const seedTitle = '中牟县人民政府办公室 2023 年政府信息公开工作年度报告'

  it.each([
    ['中牟县人民政府办公室政府信息公开工作年度报告', '中牟县人民政府办公室'],
    ['中牟县人民政府信息公开工作年度报告', '中牟县人民政府'],
  ])('%s names %s', (title, agency) => {
    expect(seed).toContain(seedTitle)
    const outcome = readReport(textToDocument('附件1.txt', seed.replace(seedTitle, title)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect([outcome.report.agency, outcome.report.year]).toEqual([agency, 0])
    expect(cellValues(outcome.report)).toEqual(expectedOf(seedPath).cells)
  })
})

describe('a title without a year over a subtitle naming it', () => {
  it.each([
    ['（2023年度）', `# ${AGENCY}政府信息公开工作年度报告\n（2023年度）`],
    ['2023年 under a title split over two lines', `${AGENCY}\n政府信息公开工作年度报告\n2023年`],
    ['——二〇二三年度', `# ${AGENCY}政府信息公开工作年度报告\n——二〇二三年度`],
  ])('takes the subtitle’s year (%s)', (_, title) => {
    expect(readWith(title, chineseProse)).toEqual({ agency: AGENCY, year: 2023, guesses: [] })
  })

  it('does not take a list of years under the title for a subtitle', () => {
    const read = readWith(`# ${AGENCY}政府信息公开工作年度报告\n2024年度\n2023年度\n2022年度`)
    expect([read.agency, read.year]).toEqual([AGENCY, 0])
    expect(read.guesses).toEqual([`标题中没有年度：机关取标题中的“${AGENCY}”，年度未知，请核对`])
  })
})
