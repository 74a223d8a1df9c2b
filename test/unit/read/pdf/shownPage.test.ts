import { describe, expect, it } from 'vitest'
import { glyphsOf } from '../../../../src/core/read/pdf/glyphs'
import type { PdfTextItemLike } from '../../../../src/core/read/pdf/pdfjsLike'
import { shownContent, shownPage, type ShownPage } from '../../../../src/core/read/pdf/shownPage'

/*
 * A page stored turned, its /Rotate turning it back for the viewer: text is read where the viewer shows it.
 * The expectations follow the PDF specification's /Rotate (clockwise, in degrees) on a portrait A4 box that
 * does not start at the origin.
 */

const VIEW = [10, 20, 605, 862]
const CORNERS = {
  bottomLeft: [10, 20],
  topLeft: [10, 862],
  topRight: [605, 862],
  bottomRight: [605, 20],
} as const

function place(page: ShownPage, [x, y]: readonly number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = page.transform
  const px = x ?? 0
  const py = y ?? 0
  return [a * px + c * py + e, b * px + d * py + f]
}

function cornersShown(rotate: number): Record<keyof typeof CORNERS, number[]> {
  const page = shownPage(VIEW, rotate)
  return {
    bottomLeft: place(page, CORNERS.bottomLeft),
    topLeft: place(page, CORNERS.topLeft),
    topRight: place(page, CORNERS.topRight),
    bottomRight: place(page, CORNERS.bottomRight),
  }
}

function item(str: string, transform: number[], extra: Partial<PdfTextItemLike> = {}): PdfTextItemLike {
  return { str, transform, width: str.length * 9, height: 9, fontName: 'f', ...extra }
}

describe('the shown page', () => {
  it('is the box itself, moved to the origin, when the page is not turned', () => {
    expect(shownPage(VIEW)).toMatchObject({ width: 595, height: 842 })
    expect(cornersShown(0)).toEqual({
      bottomLeft: [0, 0],
      topLeft: [0, 842],
      topRight: [595, 842],
      bottomRight: [595, 0],
    })
  })

  it('turns the box’s corners clockwise by a quarter, a half and three quarters', () => {
    expect(shownPage(VIEW, 90)).toMatchObject({ width: 842, height: 595 })
    expect(cornersShown(90)).toEqual({
      bottomLeft: [0, 595],
      topLeft: [842, 595],
      topRight: [842, 0],
      bottomRight: [0, 0],
    })
    expect(shownPage(VIEW, 180)).toMatchObject({ width: 595, height: 842 })
    expect(cornersShown(180)).toEqual({
      bottomLeft: [595, 842],
      topLeft: [595, 0],
      topRight: [0, 0],
      bottomRight: [0, 842],
    })
    expect(shownPage(VIEW, 270)).toMatchObject({ width: 842, height: 595 })
    expect(cornersShown(270)).toEqual({
      bottomLeft: [842, 0],
      topLeft: [0, 0],
      topRight: [0, 595],
      bottomRight: [842, 595],
    })
  })

  it('takes a /Rotate as pdf.js does: whole turns dropped, negative turns counted backwards, others ignored', () => {
    expect(shownPage(VIEW, 450)).toEqual(shownPage(VIEW, 90))
    expect(shownPage(VIEW, -90)).toEqual(shownPage(VIEW, 270))
    expect(shownPage(VIEW, 45)).toEqual(shownPage(VIEW, 0))
    expect(shownPage(VIEW, Number.NaN)).toEqual(shownPage(VIEW, 0))
  })
})

describe('text of a turned page', () => {
  const turned = shownPage([0, 0, 595, 842], 90)

  it('reads a run drawn up a /Rotate 90 page as a horizontal line of the shown page', () => {
    const [glyph] = glyphsOf(shownContent({ items: [item('行政复议', [0, 9, -9, 0, 51.72, 68])] }, turned))
    expect(glyph).toMatchObject({ text: '行政复议', x: 68, y: 543.28, width: 36, size: 9, vertical: false })
  })

  it('keeps text drawn across the shown page vertical: a label written down a merged cell', () => {
    // Horizontal in the page's own space is down the page once it is turned a quarter clockwise.
    const [glyph] = glyphsOf(shownContent({ items: [item('办理结果', [9, 0, 0, 9, 300, 100])] }, turned))
    expect(glyph).toMatchObject({ text: '办理结果', x: 100, y: 295, vertical: true })
  })

  it('keeps a vertical font’s run vertical', () => {
    const content = {
      items: [item('本年度', [0, 9, -9, 0, 300, 100], { dir: 'ttb', width: 9, height: 27 })],
    }
    expect(glyphsOf(shownContent(content, turned))[0]).toMatchObject({ text: '本年度', vertical: true })
  })

  it('leaves an unturned page’s text where it is', () => {
    const items = [item('总计', [9, 0, 0, 9, 489, 402]), { type: 'beginMarkedContent' }]
    expect(shownContent({ items }, shownPage([0, 0, 595, 842]))).toEqual({ items })
  })
})
