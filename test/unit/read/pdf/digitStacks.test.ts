import { describe, expect, it } from 'vitest'
import { glyph, joinedTexts } from '../../../helpers/pdfGlyphs'
import { joinDigitStacks } from '../../../../src/core/read/pdf/digitStacks'

describe('joinDigitStacks on numbers printed a digit a line', () => {
  it('joins a stack centred on its row’s label, the row’s one-digit numbers on the label’s line', () => {
    // As applications-14-digit-stacks prints 一、本年新收…: 5254 beside 703 and a lone 0.
    const page = [
      glyph('5', 300, 130),
      glyph('7', 320, 125),
      glyph('2', 300, 120),
      glyph('一、本年新收政府信息公开申请数量', 30, 115),
      glyph('0', 320, 115),
      glyph('0', 340, 115),
      glyph('5', 300, 110),
      glyph('3', 320, 105),
      glyph('4', 300, 100),
    ]
    expect(joinedTexts(joinDigitStacks(page))).toEqual([
      '一、本年新收政府信息公开申请数量@115',
      '5254@115',
      '703@115',
      '0@115',
    ])
  })

  it('leaves one-digit numbers of rows one line apart, each beside its label, as they are', () => {
    const page = [
      glyph('1.信访举报投诉类申请', 30, 100),
      glyph('3', 300, 100),
      glyph('0', 320, 100),
      glyph('2.重复申请', 30, 90),
      glyph('7', 300, 90),
      glyph('0', 320, 90),
    ]
    expect(joinedTexts(joinDigitStacks(page))).toEqual([
      '1.信访举报投诉类申请@100',
      '3@100',
      '0@100',
      '2.重复申请@90',
      '7@90',
      '0@90',
    ])
  })

  it('keeps a stack its row does not show together as unsure, a cell no reader takes for a number', () => {
    // Every 0 left blank and the label wrapped over the stack's first two lines: 333 or 3 over 33, or three rows.
    const page = [
      glyph('(二)部分公开(区分处理的,只计这一情形,不', 30, 120),
      glyph('3', 300, 120),
      glyph('计其他情形)', 90, 110),
      glyph('3', 300, 110),
      glyph('3', 300, 100),
    ]
    expect(joinedTexts(joinDigitStacks(page))).toEqual([
      '(二)部分公开(区分处理的,只计这一情形,不@120',
      '计其他情形)@110',
      '3,3,3@110',
    ])
  })
})
