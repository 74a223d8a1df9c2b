/**
 * Who reported on which year, from the title: "XX 2023 年政府信息公开工作年度 报告" with spaces, line breaks,
 * markdown "#" and site chrome (breadcrumbs) around it. The year is the year reported on.
 */
import type { Notice } from '../model/report'
import type { DocumentLines } from './documentLines'
import { compactWordsHint } from '../text/fastNormalize'

export interface Identity {
  agency: string
  year: number | undefined
  /** Found in a title (not guessed from the body or the file name). */
  fromTitle: boolean
  notices: Notice[]
}

const REPORT_WORDS = '(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?报告'
/** Agency, then year: "新乡县城市管理局2023年政府信息公开工作年度报告". */
const AGENCY_YEAR = new RegExp(`^(.*?)((?:19|20)\\d{2})年度?${REPORT_WORDS}`)
/** Year, then agency: "2023年度新乡县城市管理局政府信息公开工作年度报告". */
const YEAR_AGENCY = new RegExp(`^((?:19|20)\\d{2})年度?(.+?)${REPORT_WORDS}`)
/** The statistics period sentence names the year even when the title does not. */
const PERIOD = /((?:19|20)\d{2})年1月1日(?:起)?至\1年12月31日/
const ANY_TITLE_YEAR = new RegExp(`((?:19|20)\\d{2})年度?${REPORT_WORDS}`)
/** Both patterns above need this character. */
const YEAR_HINT = compactWordsHint('年')
/** Breadcrumbs and labels before the title: keep what follows the last of these. */
const CHROME_SEPARATOR = /.*[>›»|:】\]]/
const CHROME_WORDS = /^(?:首页|当前位置|您当前的位置|您的位置|标题|文章标题|正文)+/
const MARKDOWN_HEADING = /^#+/
/** A breadcrumb or page label line ("首页>政务公开>政府信息公开年报"): site chrome, never part of a title. */
const CHROME_LINE = /[>›»]|^(?:首页|当前位置|您当前的位置|您的位置)/
const TITLE_SEARCH_LINES = 60
const JOIN_LINES = 3
const MAX_AGENCY_LENGTH = 40

function cleanAgency(text: string): string {
  return text
    .replace(MARKDOWN_HEADING, '')
    .replace(CHROME_SEPARATOR, '')
    .replace(CHROME_WORDS, '')
    .replace(/^关于/, '')
}

function previousNonEmpty(lines: DocumentLines, index: number): string {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    if (CHROME_LINE.test(lines.compact(i))) return ''
    const compact = cleanAgency(lines.compact(i))
    if (compact !== '') return compact
  }
  return ''
}

interface TitleMatch {
  agency: string
  year: number
}

function matchTitle(text: string): TitleMatch | undefined {
  const cleaned = text.replace(MARKDOWN_HEADING, '')
  const agencyFirst = AGENCY_YEAR.exec(cleaned)
  if (agencyFirst?.[2] !== undefined)
    return { agency: cleanAgency(agencyFirst[1] ?? ''), year: Number(agencyFirst[2]) }
  const yearFirst = YEAR_AGENCY.exec(cleaned)
  if (yearFirst?.[1] !== undefined)
    return { agency: cleanAgency(yearFirst[2] ?? ''), year: Number(yearFirst[1]) }
  return undefined
}

function nameWithoutExtension(name: string): string {
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
    if (join > 1 && CHROME_LINE.test(compact)) return undefined
    joined += compact.replace(MARKDOWN_HEADING, '')
    used++
    const match = matchTitle(joined)
    if (match !== undefined) return match
  }
  return undefined
}

export function readIdentity(lines: DocumentLines, name: string): Identity {
  const limit = Math.min(lines.count, TITLE_SEARCH_LINES)
  // A title on one line wins over one pieced together from several (breadcrumbs above a title).
  for (const join of [1, JOIN_LINES]) {
    for (let index = 0; index < limit; index++) {
      const compact = lines.compact(index)
      if (compact === '' || compact.length > 200) continue
      const match = titleAt(lines, index, join)
      if (match === undefined) continue
      const agency = match.agency !== '' ? match.agency : previousNonEmpty(lines, index)
      if (agency !== '' && agency.length <= MAX_AGENCY_LENGTH)
        return { agency, year: match.year, fromTitle: true, notices: [] }
      return guessed(lines, name, match.year)
    }
  }
  return guessed(lines, name, undefined)
}

function guessed(lines: DocumentLines, name: string, titleYear: number | undefined): Identity {
  let year = titleYear
  if (year === undefined) {
    const line = lines.find(0, (compact) => PERIOD.test(compact) || ANY_TITLE_YEAR.test(compact), {
      hint: YEAR_HINT,
    })
    const compact = line === undefined ? '' : lines.compact(line)
    const found = PERIOD.exec(compact) ?? ANY_TITLE_YEAR.exec(compact)
    if (found?.[1] !== undefined) year = Number(found[1])
  }
  const fromName = nameWithoutExtension(name)
  const fromFile = matchTitle(fromName.replace(/\s+/g, ''))
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
