/**
 * Whether a report is its agency's own (本机关) or a whole government's 汇总, on a real seed with one sentence
 * of prose added under its title, the way reports write it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { FIXTURES } from '../../helpers/expectedReports'

const SEED = readFileSync(join(FIXTURES, 'seeds/000_7bba39e252e1dfbf.txt'), 'utf8')
const TITLE = '# 新乡县城市管理局 2023 年政府信息公开工作年度 报告'

function scopeWith(sentence: string): string {
  expect(SEED).toContain(TITLE)
  const outcome = readReport(textToDocument('seed.txt', SEED.replace(TITLE, `${TITLE}\n\n${sentence}`)))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.report.scope
}

describe('the scope of a report', () => {
  it('is the agency’s own for the seed as published', () => {
    expect(scopeWith('')).toBe('agency')
  })

  it.each([
    ['complaints', '2023年，全县共受理城市管理投诉356件，办结率100%。'],
    ['licences', '全县共办理各类行政许可事项1200件。'],
    ['hotline tickets', '全县共收到12345热线工单2100件，均已按时办结。'],
  ])('stays the agency’s own when its prose counts the whole county’s %s', (_, sentence) => {
    expect(scopeWith(sentence)).toBe('agency')
  })

  it.each([
    ['全区受理', '2023年全区受理政府信息公开申请21件。'],
    ['全县共受理', '全县共受理政府信息公开申请120件。'],
    ['全县各级行政机关共收到', '2023年，全县各级行政机关共收到政府信息公开申请120件。'],
    ['全市各部门共办理', '全市各部门共办理依申请公开件86件。'],
    ['全市共新收…提出的', '全市共新收公民、法人和其他组织提出的政府信息公开申请312件。'],
    ['全区累计受理申请人提出的', '全区累计受理申请人提出的政府信息公开申请35件。'],
    ['全县共收到政务公开申请', '全县共收到政务公开申请12件。'],
    ['汇总各部门', '本报告由县政府办公室汇总全县各部门、各乡镇年度报告编制。'],
  ])('is a 汇总 when the whole area’s applications are counted (%s)', (_, sentence) => {
    expect(scopeWith(sentence)).toBe('aggregate')
  })
})
