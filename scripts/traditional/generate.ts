/**
 * Writes src/core/text/traditionalTable.ts: every traditional character OpenCC's t2s (or, for Hong Kong and
 * Taiwan variant forms such as 衞, hk2s and tw2s) turns into one simplified character, leaving out those
 * that are characters of simplified text as well (GB 2312 has them: 乾 of 乾坤, 於 of the town 於潜, 著,
 * 徵…; src/core/text/traditional.ts maps the few a report's wording needs, in reports written in
 * traditional characters only). Needs Debian's `opencc` (1.1.6, `apt-get install opencc`); the table is
 * committed, so nothing else does. Run: `npx tsx scripts/traditional/generate.ts`.
 */
import { writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openccConvert, openccVersion } from './opencc'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const output = resolve(root, 'src/core/text/traditionalTable.ts')

/** The characters of GB 2312: its hanzi rows decoded through GB18030, of which it is a subset. */
function gb2312Characters(): Set<string> {
  const decoder = new TextDecoder('gb18030')
  const characters = new Set<string>()
  for (let lead = 0xb0; lead <= 0xf7; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const text = decoder.decode(new Uint8Array([lead, trail]))
      if (text.length === 1 && text !== '\ufffd') characters.add(text)
    }
  return characters
}

function candidates(): string[] {
  const characters: string[] = []
  const add = (from: number, to: number) => {
    for (let code = from; code <= to; code++) characters.push(String.fromCharCode(code))
  }
  add(0x3400, 0x4dbf)
  add(0x4e00, 0x9fff)
  return characters
}

const inGb2312 = gb2312Characters()
const traditional = candidates()

/** What OpenCC's configuration turns each candidate into, by index. */
function converted(config: string): string[] {
  return openccConvert(traditional.join('\n'), config).split('\n').slice(0, traditional.length)
}

const conversions = ['t2s', 'hk2s', 'tw2s'].map(converted)
let from = ''
let to = ''
traditional.forEach((character, index) => {
  const target = conversions.map((conversion) => conversion[index]).find((text) => text !== character)
  if (target === undefined || target.length !== 1) return
  if (inGb2312.has(character)) return
  from += character
  to += target
})
const opencc = openccVersion()
writeFileSync(
  output,
  `/**
 * Traditional characters and the simplified ones they are read as, pairwise (${from.length} pairs). Generated
 * by scripts/traditional/generate.ts from OpenCC's t2s, hk2s and tw2s conversions (${opencc},
 * https://github.com/BYVoid/OpenCC, whose dictionaries are Apache-2.0). Do not edit by hand.
 */
export const TRADITIONAL =
  '${from}'
export const SIMPLIFIED =
  '${to}'
`,
)
console.log(`${from.length} pairs written to ${output}`)
