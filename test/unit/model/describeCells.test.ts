import { describe, expect, it } from 'vitest'
import { describeCells } from '../../../src/core/model/describeCells'
import { describeCell } from '../../../src/core/model/labels'
import { readRealReport } from '../trust/readFixture'

describe('describeCells', () => {
  it('the real 沭阳 page: its five blank 法人或其他组织 columns are named as columns, not as 125 cells', async () => {
    const report = await readRealReport('shuyang_fgj_2023_page.html')
    const blank = report.notices.find((notice) => notice.code === 'blank-as-zero')
    expect(blank?.cellIds).toHaveLength(125)
    expect(blank?.message).toBe(
      '125 个空白单元格（空白、“/”、“—”或“无”）按 0 计：表三 商业企业、科研机构、社会公益组织、法律服务机构、其他列各 25 格',
    )
  })

  it('names a few cells one by one, and a column of many with its count beside them', () => {
    const few = ['proactive.penalty.decisions', 'applications.received.legal', 'appeals.litigation.total']
    expect(describeCells(few)).toBe(few.map(describeCell).join('、'))
    const rows = [
      'received',
      'carriedOver',
      'granted',
      'partlyGranted',
      'refused.stateSecret',
      'refused.other',
    ]
    const column = [...rows, 'total', 'carriedForward', 'notProcessed.repeated', 'refused.thirdParty'].map(
      (row) => `applications.${row}.research`,
    )
    expect(describeCells([...few, ...column], '；')).toBe(
      ['表三 科研机构列 10 格', ...few.map(describeCell)].join('；'),
    )
  })
})
