import { squeeze } from './cellText'

/*
 * The merged group labels of 表三 as the templates print them, after their outline marker: a label wrapped
 * in its narrow column ("（三）不" over "予公开") is known by what its pieces spell together, and nothing
 * else is taken for one.
 */

const GROUP_NAMES = ['本年度办理结果', '不予公开', '无法提供', '不予处理', '其他处理'] as const

/** An outer outline marker ("三、", "（三）") and what follows it. */
const GROUP_MARKER = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）])(.*)$/

/** What a text spells of a group label: all of one, the start of one, or neither. */
export type GroupSpelling = 'whole' | 'start' | undefined

export function groupSpelling(text: string): GroupSpelling {
  const name = GROUP_MARKER.exec(squeeze(text))?.[1]
  if (name === undefined) return undefined
  if (GROUP_NAMES.some((group) => group === name)) return 'whole'
  return GROUP_NAMES.some((group) => group.startsWith(name)) ? 'start' : undefined
}
