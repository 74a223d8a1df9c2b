/**
 * The agency a title leaves to the lines above it: "中牟县人民政府办公室" over "2023年政府信息公开工作年度报告",
 * or "中牟县人民政府" over "办公室2023年…" when the name itself wraps. A page's navigation also puts names of
 * agencies right above a title ("中牟县财政局", "中牟县教育局", "中牟县公安局"), and its banner the site's name
 * ("中牟县人民政府门户网站"): neither names the report's agency, so neither is taken for it.
 */
import type { DocumentLines } from './documentLines'

/** Words a name ends with and never starts with: a line opening so holds the rest of a wrapped name. */
const NAME_TAIL = /^(?:人民政府|政府|办公室|办公厅|办事处|委员会|管理委员会|管委会|局|委|办|处|室|所|厅|署)/
/** A line that may be (part of) a name: Chinese characters and the marks names carry, nothing else. */
export const NAME_LINE = /^[\u4e00-\u9fff〇()（）·]{2,40}$/
/** How an agency's name ends; the items of a list of agencies end so too. */
const AGENCY_END = /(?:局|委|办|室|府|处|所|院|会|中心|队|站|厅|部|署|馆|校|司|县|市|区|旗|镇|乡|街道)$/
/** A website's or an app's name in a page's banner. */
const WEBSITE = /(?:网站|门户|网|平台|客户端|公众号)$/
/** How far above a title its agency's line may stand (blank and date lines between). */
const REACH = 3

/** What the text in front of a title's year or report words is, at most `clean`ed. */
export type CleanName = (compact: string) => string

/** Whether a title's agency is the end of a name wrapped from the line above ("办公室", "政府办公室"). */
export function isNameTail(agency: string): boolean {
  return NAME_TAIL.test(agency)
}

/** The nearest line with text above `index`, at most two lines up. */
const lineAbove = (lines: DocumentLines, index: number) => lines.nearestWithText(index, -1, 2)

/** The name on the line above `index`, when that line holds nothing but a name. */
function nameLineAbove(lines: DocumentLines, index: number, clean: CleanName): string | undefined {
  const above = lineAbove(lines, index)
  if (above === undefined) return undefined
  const name = clean(lines.compact(above))
  return NAME_LINE.test(name) ? name : undefined
}

/**
 * A name's start and its end on the line below joined, when they make an agency's name: a page's menu also
 * has lines that open like a name's end (政府信息公开, 办事服务, 所属单位) under a name or a site's banner.
 */
function joinedName(start: string | undefined, tail: string): string | undefined {
  if (start === undefined || WEBSITE.test(start)) return undefined
  const name = start + tail
  return AGENCY_END.test(name) ? name : undefined
}

/**
 * A title's agency that is the end of a name, joined to the name's start on the line above; undefined when
 * the line above holds no name, and the agency is then unknown.
 */
export function completedName(lines: DocumentLines, index: number, tail: string, clean: CleanName) {
  return joinedName(nameLineAbove(lines, index, clean), tail)
}

/**
 * The name of the agency on a line just above the title at `index`, or undefined when there is none or it
 * stands in a list of names. `isChrome` stops the search at a breadcrumb; lines holding a digit (a date,
 * an index number) and labelled fields are passed over.
 */
export function nameAbove(
  lines: DocumentLines,
  index: number,
  clean: CleanName,
  isChrome: (compact: string) => boolean,
): string | undefined {
  for (let i = index - 1; i >= 0 && i >= index - REACH; i--) {
    const compact = lines.compact(i)
    if (isChrome(compact)) return undefined
    // A date, an index number or a labelled field ("分类：年报") of the page's metadata: passed over.
    if (/\d|[:：]/.test(compact)) continue
    const name = clean(compact)
    if (name === '' || WEBSITE.test(name)) continue
    if (isNameTail(name)) return joinedName(nameLineAbove(lines, i, clean), name)
    // A menu's or a heading's words (政府信息公开年报) name no agency.
    return AGENCY_END.test(name) && !inList(lines, i, clean) ? name : undefined
  }
  return undefined
}

/** Whether the name on line `index` has another agency's name right above it: a list, not a title. */
function inList(lines: DocumentLines, index: number, clean: CleanName): boolean {
  const above = nameLineAbove(lines, index, clean)
  return above !== undefined && AGENCY_END.test(above)
}
