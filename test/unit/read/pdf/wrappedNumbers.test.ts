import { describe, expect, it } from 'vitest'
import { glyph, joinedTexts } from '../../../helpers/pdfGlyphs'
import { joinWrappedNumbers } from '../../../../src/core/read/pdf/wrappedNumbers'

describe('joinWrappedNumbers beside a label wrapped over two lines, every 0 left blank', () => {
  it('joins the rests under the numbers when the label’s next line stands under its first', () => {
    const page = [
      glyph('(二)部分公开(区分处理的,只计这一情形,不', 30, 100),
      glyph('36', 300, 100),
      glyph('48', 420, 100),
      glyph('计其他情形)', 90, 90),
      glyph('00', 300, 90),
      glyph('00', 420, 90),
    ]
    expect(joinedTexts(joinWrappedNumbers(page))).toEqual([
      '(二)部分公开(区分处理的,只计这一情形,不@100',
      '3600@95',
      '4800@95',
      '计其他情形)@90',
    ])
  })

  it('leaves two rows of 表二 one line apart as they are, the lower label a row name of its own', () => {
    // 2019's 表二: 行政处罚's numbers right under 其他对外管理服务事项's, every one of them under a longer one.
    const page = [
      glyph('其他对外管理服务事项', 30, 100),
      glyph('12', 200, 100),
      glyph('34', 260, 100),
      glyph('45', 320, 100),
      glyph('行政处罚', 30, 87),
      glyph('5', 202.5, 87),
      glyph('6', 262.5, 87),
      glyph('7', 322.5, 87),
    ]
    expect(joinedTexts(joinWrappedNumbers(page))).toEqual([
      '其他对外管理服务事项@100',
      '12@100',
      '34@100',
      '45@100',
      '行政处罚@87',
      '5@87',
      '6@87',
      '7@87',
    ])
  })
})
