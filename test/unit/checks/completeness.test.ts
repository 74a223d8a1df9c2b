/**
 * R-J's fee evidence wherever the fee sentence is broken: spaces or zero-width characters inside 处理费,
 * the amount on the next line, a PDF line break inside the word. The search skips lines without 费,
 * which is only right because no other character becomes 费 under NFKC: checked over all of Unicode.
 */
import { describe, expect, it } from 'vitest'
import { checkCompleteness } from '../../../src/core/checks/completeness'
import type { CheckResult } from '../../../src/core/model/report'
import { documentOf } from '../trust/readFixture'

const SECTIONS = [
  '一、总体情况',
  '2023 年，本单位持续深化政务公开。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '申请人逾期未按收费通知要求缴纳费用\t0',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '一是公开内容不够丰富，二是解读形式单一。下一步将加强培训。',
  '六、其他需要报告的事项',
  '无。',
]

const FEE_NOT_REPORTED =
  'R-J 报告写明“收取信息处理费200元”，但第六部分“其他需要报告的事项”未说明信息处理费的收取情况'

function feeFindings(overview: string[], page?: number): CheckResult[] {
  const lines = [SECTIONS[0] ?? '', ...overview, ...SECTIONS.slice(2)]
  const checks = checkCompleteness({ document: documentOf(lines, page), cells: {}, template: '2021' })
  return checks.filter((check) => check.message.includes('费'))
}

describe('R-J fee evidence', () => {
  it('a report that states no fee passes, though its 表三 label has 费', () => {
    expect(feeFindings(['本年度依申请公开工作平稳。']).map((check) => check.ok)).toEqual([true])
  })

  it('is found with spaces and a zero-width character inside 处理费', () => {
    const findings = feeFindings(['全年共收取信息处 理\u200b费 200 元。'])
    expect(findings.map((check) => check.message)).toEqual([FEE_NOT_REPORTED])
  })

  it('is found when the amount is on the next line', () => {
    const findings = feeFindings(['全年共收取信息处理费', '200 元。'])
    expect(findings.map((check) => check.message)).toEqual([
      'R-J 报告写明“收取信息处理费\n200元”，但第六部分“其他需要报告的事项”未说明信息处理费的收取情况',
    ])
  })

  it('is found when a PDF line breaks inside 处理费', () => {
    const findings = feeFindings(['全年共收取信息处理', '费 200 元。'], 1)
    expect(findings.map((check) => check.message)).toEqual([FEE_NOT_REPORTED])
  })

  it('is not found when a text line break splits 处理费', () => {
    expect(feeFindings(['全年共收取信息处理', '费 200 元。']).map((check) => check.ok)).toEqual([true])
  })

  it('only 费 itself becomes 费 under NFKC', () => {
    const folding: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      if (character !== '费' && character.normalize('NFKC').includes('费')) folding.push(character)
    }
    expect(folding).toEqual([])
  })
})

function problemsSaySomething(problems: string[]): boolean | undefined {
  const lines = [...SECTIONS.slice(0, 7), ...problems, ...SECTIONS.slice(8)]
  const checks = checkCompleteness({ document: documentOf(lines), cells: {}, template: '2021' })
  return checks.find((check) => check.message.includes('第五部分'))?.ok
}

describe('R-J section 五 has content', () => {
  it.each([
    [['无。'], false],
    [['无无无无无无无无无无无无。'], false],
    [['一、1. 二、2. （三）3！', '四、 五、'], false],
    [['这些字不算有内容啊'], false],
    [['这样的字数算有内容了'], true],
    [['无无无无无无无无无', '有'], true],
    [['\u{20000}\u{20000}\u{20000}\u{20000}\u{20000}'], true],
    [['\u{20000}\u{20000}\u{20000}\u{20000}无'], false],
  ])('%j: %s', (problems, says) => {
    expect(problemsSaySomething(problems)).toBe(says)
  })
})
