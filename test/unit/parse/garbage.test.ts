import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'

/** A small deterministic generator, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function randomText(next: () => number, length: number, alphabet: string): string {
  let text = ''
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)] ?? ''
  return text
}

const SEED = readFileSync(join(__dirname, '../../fixtures/seeds/000_7bba39e252e1dfbf.txt'), 'utf8')

describe('readReport on input that is not a report', () => {
  it('returns "empty" for an empty or blank text', () => {
    // Every kind of whitespace JavaScript's \s knows, the full-width space and the BOM among them.
    for (const text of ['', '   \n\t\n', '\u3000\u00a0\n\ufeff\u2003\u202f\u205f\u1680\v\f'])
      expect(readReport(textToDocument('e.txt', text))).toEqual({
        ok: false,
        error: { code: 'empty', message: '文件中没有文字内容' },
      })
  })

  it('returns "not-a-report" for prose that is not a disclosure report', () => {
    const outcome = readReport(
      textToDocument('p.txt', '今天天气很好。\n我们去公园散步，看见了 3 只鸟和 12 棵树。'),
    )
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'not-a-report', message: '不是政府信息公开工作年度报告' },
    })
  })

  it('returns "no-tables" for a modern report title without any table', () => {
    const text = '示例局2023年政府信息公开工作年度报告\n一、总体情况\n本年度政府信息公开工作稳步推进。'
    const outcome = readReport(textToDocument('n.txt', text))
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('no-tables')
  })

  it('says a page explaining a report (解读, 图解) is not the report', () => {
    const title = '图解：历下区大明湖街道2022年政府信息公开工作年度报告解读'
    const text = `${title}\n一、总体情况\n2022年，主动公开政府信息120条，本年新收申请3件，予以公开2件。`
    const outcome = readReport(textToDocument('解读.txt', text))
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'no-tables',
        message: `未找到报告表格：这是年报的解读或图解（第 1 行“图解:历下区大明湖街道2022年政府信息公开工作年度报告解读”），不是年报本身，请导入年报原文`,
      },
    })
    for (const other of [
      '【图解】XX县城市管理局2023年政府信息公开工作年度报告，一图读懂！',
      'XX县2023年政府信息公开工作年度报告解读。',
    ]) {
      const titled = readReport(textToDocument('t.txt', `${other}\n一、总体情况\n本年度工作稳步推进。`))
      expect(titled.ok ? 'ok' : titled.error.message, other).toMatch(/^未找到报告表格：这是年报的解读或图解/)
    }
    // The report itself, its tables lost (pasted as images), mentions 解读 and 年度报告 in a sentence.
    const prose = '（四）政策解读。围绕重点工作做好政策解读，年度报告按时发布。'
    const plain = readReport(
      textToDocument('n.txt', `示例局2023年政府信息公开工作年度报告\n一、总体情况\n${prose}`),
    )
    expect(plain.ok ? 'ok' : plain.error.message).toBe('未找到报告表格')
  })

  it('returns "binary" for text full of control characters', () => {
    const next = random(7)
    const text = randomText(next, 3000, '\u0000\u0001\u0002\u0007\ufffdab')
    const outcome = readReport(textToDocument('b.bin', text))
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('binary')
  })

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('never throws on random text (seed %i)', (seed) => {
    const next = random(seed)
    const text = randomText(
      next,
      4000,
      '0123456789 \t\n|/—、（）一二三四五总计结转行政复议本年新收第二十条abc\u00a0\u3000',
    )
    const outcome = readReport(textToDocument('r.txt', text))
    expect(typeof outcome.ok).toBe('boolean')
    if (!outcome.ok) expect(outcome.error.message).not.toBe('')
  })

  it.each([11, 12, 13, 14, 15, 16])(
    'never throws on a seed with random lines shuffled and cut (seed %i)',
    (seed) => {
      const next = random(seed)
      const lines = SEED.split('\n').filter(() => next() > 0.3)
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        if (next() < 0.2) [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? '']
      }
      const outcome = readReport(textToDocument('s.txt', lines.join('\n')))
      expect(typeof outcome.ok).toBe('boolean')
      // Whatever is read must be the report's own numbers: every cell has a source line in the text.
      if (outcome.ok)
        for (const cell of Object.values(outcome.report.cells))
          expect(cell.source.line).toBeGreaterThanOrEqual(0)
    },
  )

  it('turns an unexpected exception into a typed error', () => {
    const broken = { name: 'x', kind: 'text', lines: null } as unknown as SourceDocument
    const outcome = readReport(broken)
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('corrupt')
  })
})
