/**
 * 卫辉市城市管理局's 2021 report (seed 003) made into a "2022" report copied from it, as an agency that
 * copies last year's text does: the years moved on, two figures changed and three sentences rewritten.
 */
export const WEIHUI_2021 = 'seeds/003_1579294a3fe638da.txt'

/** Pieces of sentences of the 2021 report, and what the "2022" copy says instead. */
export const REWRITTEN: readonly [string, string][] = [
  ['部分重点领域内容保障工作力量受到削弱', '专职工作人员配备仍然不足'],
  ['杜绝依申请公开申请超期现象', '确保依申请公开按时答复'],
  ['设立群众举报投诉电话', '开通网上留言渠道'],
]

export function weihuiNextYear(text: string): string {
  let next = text.replaceAll('2021', '2022').replace('1000余条', '1260余条').replace('23800', '31950')
  for (const [from, to] of REWRITTEN) next = next.replace(from, to)
  return next
}
