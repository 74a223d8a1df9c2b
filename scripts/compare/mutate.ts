/**
 * Small damage done to a report's text the way copying, converting and retyping do it: spaces and
 * full-width digits inserted, lines merged, split, dropped or swapped, tabs turned into spaces, stray
 * marks and words. Seeded, so a difference the reader comparison finds can be reproduced.
 */
import { seededRandom } from '../../test/helpers/seededRandom'

const INSERTS = [
  ' ',
  '　',
  '\t',
  '\u00a0',
  '/',
  '—',
  '无',
  '（其中修订3件）',
  '(含5件)',
  '１２',
  '0',
  '7',
  '12',
  '3120000033',
  '件',
  '.',
  '、',
  '，',
  ',',
  '-',
  '−',
  '|',
  '#',
  '第3页',
  '-3-',
  '汇总',
  '全县',
  '行政复议',
  '新收',
  '总计',
  '其他',
  '\u200b',
  '⼀',
  '①',
  '元',
  '万元',
  '2.',
  '(三)',
  '1,234',
  '5.5',
  '\r',
  '”',
  '本年新收',
  '收费',
  '第二十条第（一）项',
]
const WORDS = ['收', '公', '开', '年', '报', '告', '复', '议', '讼', '止', '度']

export type Mutator = (text: string) => string

export function mutator(seed: number): Mutator {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  return (text) => {
    const lines = text.split('\n')
    const operations = 1 + Math.floor(random() * 4)
    for (let step = 0; step < operations; step++) {
      const at = Math.floor(random() * lines.length)
      const line = lines[at] ?? ''
      const position = Math.floor(random() * (line.length + 1))
      switch (Math.floor(random() * 12)) {
        case 0:
        case 1:
          lines[at] = line.slice(0, position) + pick(INSERTS) + line.slice(position)
          break
        case 2:
          lines[at] = line.slice(0, position) + line.slice(position + 1 + Math.floor(random() * 3))
          break
        case 3:
          lines.splice(at, 1)
          break
        case 4:
          if (at + 1 < lines.length) lines.splice(at, 2, line + pick(['', '\t', ' ']) + (lines[at + 1] ?? ''))
          break
        case 5:
          lines.splice(at, 1, line.slice(0, position), line.slice(position))
          break
        case 6:
          lines[at] = line.replaceAll('\t', pick([' ', '', '  ', '　', ' | ']))
          break
        case 7:
          if (at + 1 < lines.length) [lines[at], lines[at + 1]] = [lines[at + 1] ?? '', line]
          break
        case 8:
          lines.splice(at, 0, line)
          break
        case 9:
          lines[at] = line.replace(/\d/g, (digit) =>
            random() < 0.3 ? String.fromCharCode(digit.charCodeAt(0) + 0xfee0) : random() < 0.1 ? '' : digit,
          )
          break
        case 10:
          lines[at] = line.replace(/[\u4e00-\u9fff]/, () => pick(WORDS))
          break
        default:
          lines.splice(at, 0, '')
      }
    }
    return lines.join(pick(['\n', '\n', '\n', '\r\n']))
  }
}
