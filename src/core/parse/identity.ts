/**
 * Who reported on which year, from the title: "XX 2023 年政府信息公开工作年度 报告" with spaces, line breaks,
 * markdown "#" and site chrome (breadcrumbs) around it. The year is the year reported on.
 */
import type { Notice } from '../model/report'
import type { DocumentLines } from './documentLines'
import { compactFast, compactWordsHint } from '../text/fastNormalize'
import { completedName, isNameTail, nameAbove } from './nearbyAgency'
import { publisherField } from './publisherField'
import { subtitleYear } from './subtitleYear'
import { YEAR, yearRangeStart, yearOfMatch } from './titleYear'

export interface Identity {
  agency: string
  year: number | undefined
  /**
   * The agency was found in a title (not guessed from the body or the file name). The year may still be
   * missing from it, and then is unknown or taken from the body, with a notice.
   */
  fromTitle: boolean
  notices: Notice[]
}

const REPORT_WORDS = '(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?报告'
/** Agency, then year: "新乡县城市管理局2023年政府信息公开工作年度报告", "…二〇二三年…". */
const AGENCY_YEAR = new RegExp(`^(.*?)(${YEAR})年度?${REPORT_WORDS}`)
/** Year, then agency: "2023年度新乡县城市管理局政府信息公开工作年度报告". */
const YEAR_AGENCY = new RegExp(`^(${YEAR})年度?(.+?)${REPORT_WORDS}`)
/** A title without a year: "新乡县城市管理局政府信息公开工作年度报告". */
const AGENCY_ONLY = new RegExp(`^(.+?)${REPORT_WORDS}`)
/** What AGENCY_ONLY leaves in front of the report words of a title that names no agency. */
const GOVERNMENT_ONLY = /^(?:人民)?政府$/
/** The statistics period sentence names the year even when the title does not. */
const PERIOD = new RegExp(`(${YEAR})年1月1日(?:起)?至\\1年12月31日`)
const ANY_TITLE_YEAR = new RegExp(`(${YEAR})年度?${REPORT_WORDS}`)
/** Both patterns above need this character. */
const YEAR_HINT = compactWordsHint('年')
/**
 * PERIOD alone needs this one, which few lines have: every report is asked for its period (periodNotice),
 * and '年' would have every line with a year compacted and searched.
 */
const PERIOD_HINT = compactWordsHint('至')
/** Breadcrumbs and labels before the title: keep what follows the last of these. */
const CHROME_SEPARATOR = /.*[>›»|:】\]]/
const CHROME_WORDS = /^(?:首页|当前位置|您当前的位置|您的位置|标题|文章标题|正文|名称|信息名称|文件名称)+/
const MARKDOWN_HEADING = /^#+/
/** A breadcrumb or page label line ("首页>政务公开>政府信息公开年报"): site chrome, never part of a title. */
const CHROME_LINE = /[>›»]|^(?:首页|当前位置|您当前的位置|您的位置)/
/** Links to other pages ("上一篇：…2021年…报告", a 热点推荐 list): they name other reports. */
const OTHER_PAGE_LINE = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关|推荐|热点|热门)/
/** Marks around a title: markdown emphasis, book-title and quotation marks. */
const OPENING_MARKS = /^[*_《〈“"「『]+/
const CLOSING_MARKS = /[*_》〉”"」』]+$/
/** "XX关于2022年度政府信息公开工作年度报告": the agency is what comes before 关于. */
const TRAILING_GUANYU = /关于$/
/**
 * "XX关于公布2021年度…报告更正的说明": a notice about a report, not a report's title; and prose before the
 * body ("本报告根据《条例》编制，现将XX…"): neither names the agency in front of the year. Nor does text
 * with a report's name in it: lines pieced together from a title without a year and a sentence below it.
 */
const NOT_AN_AGENCY = /关于.|现将|根据|报告|[，,。;；《》]/
/** After the report words a title has at most closing marks; prose and notices go on. */
const TITLE_END = /^[*_》〉”"」』)）]*$/
/** The first heading of the body ("一、总体情况", "### 一、…", "**一．…"): the title comes before it. */
const BODY_HEADING = /^[#*]*[一二三四五六七八九十]+[、.．]/
/** Dates, index numbers and document numbers: metadata lines, not an agency. */
const HAS_DIGIT = /\d/
const TITLE_SEARCH_LINES = 60
const JOIN_LINES = 3
/** Longer than any agency's name (the longest seen are about 30 characters): a sentence, not a name. */
export const MAX_AGENCY_LENGTH = 40

/**
 * "关于印发XX局2023年…报告的通知": the words of a covering notice in front of the agency; "附件1" in front of
 * a title on its line (an attachment's number, "附件1：" is cut as a label).
 */
const LEADING_NOTICE_WORDS = /^关于(?:印发|公布|发布|公开|报送)?/
const ATTACHMENT_NUMBER = /^附件[0-9一二三四五六七八九十]*/

function cleanAgency(text: string): string {
  return text
    .replace(MARKDOWN_HEADING, '')
    .replace(CHROME_SEPARATOR, '')
    .replace(CHROME_WORDS, '')
    .replace(OPENING_MARKS, '')
    .replace(ATTACHMENT_NUMBER, '')
    .replace(LEADING_NOTICE_WORDS, '')
    .replace(TRAILING_GUANYU, '')
}

interface NearAgency {
  agency: string
  /** The line above the title and the page's publisher field name different agencies. */
  disputedBy?: string
}

/**
 * The agency of a title without one: a line just above it (not one of a list of agencies, nor a website's
 * name), else the publisher field above the body. When both are there and differ, which one is the
 * report's is not known: the line is taken and the publisher named.
 */
function agencyNear(lines: DocumentLines, index: number): NearAgency {
  const isChrome = (compact: string) => CHROME_LINE.test(compact)
  const above = nameAbove(lines, index, cleanAgency, isChrome)
  const publisher = publisherField(lines, TITLE_SEARCH_LINES, (compact) => BODY_HEADING.test(compact))
  if (above === undefined) return { agency: publisher ?? '' }
  if (publisher === undefined || publisher === above) return { agency: above }
  return { agency: above, disputedBy: publisher }
}

interface TitleMatch {
  agency: string
  /** Undefined when the title names no year, or a range of years (`range`). */
  year: number | undefined
  /** The years of a title covering several ("2022至2023"): which one is the report's is not said. */
  range?: string
  /** Nothing but closing marks follows the report words: a title line, not a sentence naming a report. */
  whole: boolean
}

interface TitleParts {
  agency: string
  year: string
  range?: string
  end: number
}

/**
 * The agency and year a title pattern found, agency first or year first, and where the match ends. A range
 * of years in front of the year is cut from the agency ("XX局2022至2023年…" is not agency "XX局2022至").
 */
function titleParts(text: string): TitleParts | undefined {
  const agencyFirst = AGENCY_YEAR.exec(text)
  if (agencyFirst?.[2] !== undefined) {
    const before = agencyFirst[1] ?? ''
    const end = agencyFirst.index + agencyFirst[0].length
    const rangeStart = yearRangeStart(before)
    if (rangeStart === undefined) return { agency: before, year: agencyFirst[2], end }
    const range = before.slice(rangeStart) + agencyFirst[2]
    return { agency: before.slice(0, rangeStart), year: agencyFirst[2], range, end }
  }
  const yearFirst = YEAR_AGENCY.exec(text)
  if (yearFirst?.[1] !== undefined)
    return { agency: yearFirst[2] ?? '', year: yearFirst[1], end: yearFirst.index + yearFirst[0].length }
  return undefined
}

/** A title names its agency; prose speaks of itself ("我局2023年政府信息公开工作年度报告已按时发布"). */
const SELF_REFERENCE = /^(?:我|本|该)(?:局|委|办|单位|机关|部门)$/

/** The agency of a title's text in front of its year or report words, or undefined when it cannot be one. */
function agencyOf(text: string): string | undefined {
  const agency = cleanAgency(text).replace(CLOSING_MARKS, '')
  return NOT_AN_AGENCY.test(agency) || SELF_REFERENCE.test(agency) ? undefined : agency
}

function matchTitle(text: string): TitleMatch | undefined {
  const cleaned = text.replace(MARKDOWN_HEADING, '')
  const parts = titleParts(cleaned)
  if (parts === undefined) return undefined
  const agency = agencyOf(parts.agency)
  if (agency === undefined) return undefined
  const whole = TITLE_END.test(cleaned.slice(parts.end))
  if (parts.range !== undefined) return { agency, year: undefined, range: parts.range, whole }
  return { agency, year: yearOfMatch(parts.year), whole }
}

/**
 * A whole title line naming an agency but no year ("新乡县城市管理局政府信息公开工作年度报告"). Its agency has
 * no digit and no 年: a year this reader does not take for one ("三〇二三年") is not part of an agency.
 */
function matchAgencyOnlyTitle(text: string): TitleMatch | undefined {
  const cleaned = text.replace(MARKDOWN_HEADING, '')
  const found = AGENCY_ONLY.exec(cleaned)
  if (found === null || !TITLE_END.test(cleaned.slice(found[0].length))) return undefined
  // "XX人民政府信息公开工作年度报告" is 人民政府 + 信息公开, not 人民 + 政府信息公开.
  const written = found[1]?.endsWith('人民') === true ? `${found[1]}政府` : (found[1] ?? '')
  // "政府信息公开工作年度报告" alone: the lazy match leaves 政府 in front of 信息公开, but no agency is named
  // here; the agency is on a line near it (a title split over two lines), or unknown.
  if (GOVERNMENT_ONLY.test(written)) return { agency: '', year: undefined, whole: true }
  const agency = agencyOf(written)
  if (agency === undefined || agency === '' || HAS_DIGIT.test(agency) || agency.includes('年'))
    return undefined
  return { agency, year: undefined, whole: true }
}

export function nameWithoutExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  return base.replace(/\.[^.]+$/, '')
}

/**
 * The title starting at line `index`, pieced together from up to `join` non-empty lines. A title on one line
 * may carry its breadcrumb in front (cleanAgency drops it); a title over several lines never takes a
 * breadcrumb line into the agency ("政府信息公开年报" + "新乡县城市管理局").
 */
function titleAt(lines: DocumentLines, index: number, join: number): TitleMatch | undefined {
  let joined = ''
  let used = 0
  for (let i = index; i < lines.count && used < join; i++) {
    const compact = lines.compact(i)
    if (compact === '') continue
    if ((join > 1 && CHROME_LINE.test(compact)) || OTHER_PAGE_LINE.test(compact)) return undefined
    joined += compact.replace(MARKDOWN_HEADING, '')
    used++
    const match = matchTitle(joined)
    if (match !== undefined) return match
  }
  return undefined
}

/**
 * The year the body states: the statistics period sentence ("统计期限自2023年1月1日起至2023年12月31日止");
 * with `orReportName`, also the first report name in the text, which may as well be last year's report
 * that section 五 follows up, so only a report without any title uses it.
 */
function yearInBody(lines: DocumentLines, orReportName: boolean): number | undefined {
  const states = (compact: string) => PERIOD.test(compact) || (orReportName && ANY_TITLE_YEAR.test(compact))
  const line = lines.find(0, states, { hint: orReportName ? YEAR_HINT : PERIOD_HINT })
  const compact = line === undefined ? '' : lines.compact(line)
  const found = PERIOD.exec(compact) ?? (orReportName ? ANY_TITLE_YEAR.exec(compact) : null)
  return found?.[1] === undefined ? undefined : yearOfMatch(found[1])
}

/** The title a file name is written as ("新乡县城市管理局2023年政府信息公开工作年度报告.pdf"), if it is one. */
function fileNameTitle(name: string): TitleMatch | undefined {
  return matchTitle(nameWithoutExtension(name).replace(/\s+/g, ''))
}

interface YearFound {
  year: number | undefined
  /** Where it was found, for the notice. */
  from: string
}

/**
 * The year of a report whose title names none: the statistics period, else the file name's title; never a
 * report name in the body, which may be last year's report that section 五 follows up.
 */
function yearBesideTitle(lines: DocumentLines, name: string): YearFound {
  const stated = yearInBody(lines, false)
  if (stated !== undefined) return { year: stated, from: '正文中的统计期限' }
  const named = fileNameTitle(name)?.year
  return { year: named, from: '文件名' }
}

/** The notice of a title that names its agency but not one year: where the year came from, if anywhere. */
function titleWithoutYearNotice(
  agency: string,
  nearTitle: boolean,
  range: string | undefined,
  found: YearFound,
): Notice {
  const title = range === undefined ? '标题中没有年度' : `标题中的年度“${range}”不止一年`
  const where = nearTitle ? '标题附近的' : '标题中的'
  const taken = found.year === undefined ? '年度未知' : `年度按${found.from}取 ${found.year}`
  return { code: 'identity-guessed', message: `${title}：机关取${where}“${agency}”，${taken}，请核对` }
}

/** The notice of an agency taken from the line above a title where the page's publisher names another. */
function publisherNotice(near: NearAgency): Notice[] {
  if (near.disputedBy === undefined) return []
  const message = `标题中没有机关名称：机关取标题上一行的“${near.agency}”，但网页的发布机构为“${near.disputedBy}”，请核对`
  return [{ code: 'identity-guessed', message }]
}

/**
 * The notice of a title whose year differs from the statistics period the body states ("2013年…报告" over
 * "统计期限自2023年1月1日起至2023年12月31日止"): one is a typo, and which one is not known.
 */
function periodNotice(lines: DocumentLines, year: number): Notice[] {
  const stated = yearInBody(lines, false)
  if (stated === undefined || stated === year) return []
  const message = `标题中的年度 ${year} 与正文中统计期限的年度 ${stated} 不同，年度取标题中的 ${year}，请核对`
  return [{ code: 'identity-guessed', message }]
}

/** The agency a title at `index` names, with the line above it where the title names none or its end. */
function titleAgency(lines: DocumentLines, index: number, match: TitleMatch): NearAgency {
  if (match.agency === '') return agencyNear(lines, index)
  if (!isNameTail(match.agency)) return { agency: match.agency }
  // "中牟县人民政府" over "办公室2023年…": the name wrapped; without its start the agency is unknown.
  return { agency: completedName(lines, index, match.agency, cleanAgency) ?? '' }
}

/** The identity a title at `index` gives, or the guess when it names no usable agency. */
function identityFrom(lines: DocumentLines, name: string, index: number, match: TitleMatch): Identity {
  const nearTitle = match.agency === ''
  const near = titleAgency(lines, index, match)
  const agency = near.agency
  if (agency === '' || agency.length > MAX_AGENCY_LENGTH) return guessed(lines, name, match.year)
  const notices = publisherNotice(near)
  if (match.year !== undefined)
    return {
      agency,
      year: match.year,
      fromTitle: true,
      notices: [...notices, ...periodNotice(lines, match.year)],
    }
  // A range of years is no title without a year: its subtitle would not say which one is the report's.
  const subtitle = match.range === undefined ? subtitleYear(lines, index) : undefined
  if (subtitle !== undefined)
    return {
      agency,
      year: subtitle,
      fromTitle: true,
      notices: [...notices, ...periodNotice(lines, subtitle)],
    }
  const found = yearBesideTitle(lines, name)
  return {
    agency,
    year: found.year,
    fromTitle: true,
    notices: [...notices, titleWithoutYearNotice(agency, nearTitle, match.range, found)],
  }
}

interface WholeTitle {
  index: number
  match: TitleMatch
  /** Another whole title before the body names another agency or year. */
  disputed: boolean
  /** Chosen among disputed titles as the one the page's metadata names (pageTitle). */
  namedByPage?: boolean
}

const sameReport = (a: TitleMatch, b: TitleMatch) => a.agency === b.agency && a.year === b.year

/** The page's own title in its metadata: a CMS's ArticleTitle, else the HTML <title>. */
const PAGE_TITLE_KEYS = ['ArticleTitle', 'title'] as const

function pageTitle(lines: DocumentLines): TitleMatch | undefined {
  const meta = lines.document.meta
  for (const key of PAGE_TITLE_KEYS) {
    const text = meta?.[key]
    const match = text === undefined ? undefined : matchTitle(compactFast(text))
    if (match !== undefined) return match
  }
  return undefined
}

/**
 * The last whole title line before the body: links to other reports (a sidebar, "热点推荐") and notices
 * about a report usually come above the report's own title, which is the one right before 一、总体情况. When
 * the titles there disagree, the last one naming what the page's metadata names is taken (a sidebar above
 * the article may hold another report's title and its first rows); else which one is the report's is a
 * guess. Either way it is said to be a choice.
 */
function lastWholeTitle(
  lines: DocumentLines,
  limit: number,
  matchLine: (compact: string) => TitleMatch | undefined,
): WholeTitle | undefined {
  const titles: WholeTitle[] = []
  for (let index = 0; index < limit; index++) {
    const compact = lines.compact(index)
    if (BODY_HEADING.test(compact)) break
    // Every title has the word; most lines before the body (dates, links, prose) do not.
    if (compact.length > 200 || !compact.includes('报告') || OTHER_PAGE_LINE.test(compact)) continue
    const match = matchLine(compact)
    if (match?.whole === true) titles.push({ index, match, disputed: false })
  }
  const last = titles[titles.length - 1]
  if (last === undefined || titles.every((title) => sameReport(title.match, last.match))) return last
  const page = pageTitle(lines)
  const named = page === undefined ? undefined : titles.findLast((title) => sameReport(title.match, page))
  return named === undefined ? { ...last, disputed: true } : { ...named, disputed: true, namedByPage: true }
}

/**
 * A page about a report, published beside it: a title that ends in 解读 or 图解 after 年度报告 ("……年度报告》
 * 解读"), or opens with the word ("【图解】……年度报告", "一图读懂……年报"). A sentence of the report's own
 * prose ("（四）政策解读。做好政策解读，年度报告按时发布。") is neither.
 */
const ABOUT_A_REPORT =
  /(?:年度报告|年报).{0,6}(?:解读|图解)|^[[(【《「]?(?:图解|解读|政策解读|一图读懂).{0,40}(?:年度报告|年报)/
const ABOUT_A_REPORT_HINT = compactWordsHint('解读', '图解', '一图读懂')
const ABOUT_A_REPORT_LENGTH = 80

/** The line of a title saying the file is a page about a report (解读, 图解), not the report; if any. */
export function titleAboutAReport(lines: DocumentLines): number | undefined {
  const isAbout = (compact: string) => compact.length <= ABOUT_A_REPORT_LENGTH && ABOUT_A_REPORT.test(compact)
  return lines.find(0, isAbout, { to: TITLE_SEARCH_LINES, hint: ABOUT_A_REPORT_HINT })
}

/** The identity of the last whole title before the body, said to be a choice when titles there disagree. */
function identityOfLastTitle(lines: DocumentLines, name: string, title: WholeTitle): Identity {
  const identity = identityFrom(lines, name, title.index, title.match)
  if (!title.disputed || !identity.fromTitle) return identity
  const taken = title.namedByPage === true ? '取与网页标题相同的一个' : '取正文前最后一个'
  const notice: Notice = {
    code: 'identity-guessed',
    message: `正文前有几个不同的年报标题（其他机关或年度的链接、通知），${taken}：“${identity.agency}${identity.year === undefined ? '' : ` ${identity.year}`}”，请核对`,
  }
  return { ...identity, notices: [notice, ...identity.notices] }
}

/** A breadcrumb line is never a title without a year: "首页>政务公开>XX局政府信息公开工作年度报告" is a column. */
function agencyOnlyTitleLine(compact: string): TitleMatch | undefined {
  return CHROME_LINE.test(compact) ? undefined : matchAgencyOnlyTitle(compact)
}

export function readIdentity(lines: DocumentLines, name: string): Identity {
  const limit = Math.min(lines.count, TITLE_SEARCH_LINES)
  const title = lastWholeTitle(lines, limit, matchTitle)
  if (title !== undefined) return identityOfLastTitle(lines, name, title)
  // A title on one line wins over one pieced together from several (breadcrumbs above a title).
  for (const join of [1, JOIN_LINES]) {
    for (let index = 0; index < limit; index++) {
      const compact = lines.compact(index)
      if (compact === '' || compact.length > 200) continue
      const match = titleAt(lines, index, join)
      if (match !== undefined) return identityFrom(lines, name, index, match)
    }
  }
  // Only then a title naming no year: it still names the agency, which the file name often does not (附件1.pdf).
  const withoutYear = lastWholeTitle(lines, limit, agencyOnlyTitleLine)
  if (withoutYear !== undefined) return identityOfLastTitle(lines, name, withoutYear)
  return guessed(lines, name, undefined)
}

function guessed(lines: DocumentLines, name: string, titleYear: number | undefined): Identity {
  let year = titleYear ?? yearInBody(lines, true)
  const fromName = nameWithoutExtension(name)
  const fromFile = fileNameTitle(name)
  const agency = fromFile?.agency !== undefined && fromFile.agency !== '' ? fromFile.agency : fromName
  year ??= fromFile?.year
  const notices: Notice[] = [
    {
      code: 'identity-guessed',
      message: `未在标题中找到机关名称和年度，机关按文件名取“${agency}”${year === undefined ? '，年度未知' : `，年度取 ${year}`}`,
    },
  ]
  return { agency, year, fromTitle: false, notices }
}
