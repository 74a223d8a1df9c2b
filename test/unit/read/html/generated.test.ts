import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readHtmlBytes } from '../../../../src/core/read/html/readHtmlBytes'
import { readReport } from '../../../../src/core/readReport'
import { readingOf, truthOf } from '../../../helpers/expectedReports'
import { generatedFixtures } from '../docx/expectedReports'

describe('readReport on the generated HTML pages (LibreOffice, and pages hiding text beside the numbers)', () => {
  const fixtures = generatedFixtures('html')

  it('has every generated page', () => {
    expect(fixtures).toHaveLength(28)
  })

  /** The footnote marks the off-baseline page sets after numbers (see scripts/fixtures/offBaselineHtml.ts). */
  const OFF_BASELINE_MARK =
    /<(?:sub|span style="vertical-align: super"|span class="note-mark"|span style="font-size:8pt;vertical-align:sub")>\d</g
  /**
   * The footnote marks the shifted-marks page moves off the baseline by relative position or a
   * vertical-align length after numbers (see scripts/fixtures/shiftedMarksHtml.ts).
   */
  const SHIFTED_MARK =
    /<span (?:style='[^']*top:-3\.0pt[^']*'|style="font-size: 9px; position: relative; top: -0\.5em"|style="position: relative; bottom: 0\.5em; font-size: 75%"|style="vertical-align: (?:4px|40%); font-size: 8pt"|class="(?:fn-raise|reset-sup)"|style="display: inline-block; transform: translateY\(-0\.4em\); font-size: 70%"|style="position:relative;top:3px;font-size:8pt"|style='font-size:7\.0pt'|class=MsoFootnoteReference)>\d|<su[pb]>\d</g
  const MARKS: Record<string, RegExp> = {
    'off-baseline-marks': OFF_BASELINE_MARK,
    'shifted-marks': SHIFTED_MARK,
  }

  for (const { path, expected } of fixtures) {
    const markKind = Object.keys(MARKS).find((kind) => expected.file.includes(`.${kind}.`))
    const marked = markKind !== undefined
    it(`${expected.file} is read exactly per its ground truth, with ${marked ? 'a notice per footnote mark' : 'no notice'}`, () => {
      const bytes = new Uint8Array(readFileSync(path))
      const { doc } = readHtmlBytes(expected.file, bytes)
      const outcome = readReport(doc)
      if (!outcome.ok) throw new Error(outcome.error.message)
      const report = outcome.report
      expect(readingOf(report)).toEqual(truthOf(expected))
      expect(report.checks.filter((check) => !check.ok)).toEqual([])
      if (!marked) {
        expect(report.notices).toEqual([])
        return
      }
      const marks = new TextDecoder().decode(bytes).match(MARKS[markKind] ?? OFF_BASELINE_MARK) ?? []
      expect(marks.length).toBeGreaterThan(50)
      expect(report.notices.map((notice) => notice.code)).toEqual(marks.map(() => 'annotation-dropped'))
    })
  }

  const variant = (name: string) => {
    const fixture = fixtures.find((candidate) => candidate.expected.file.includes(`.${name}.`))
    if (fixture === undefined) throw new Error(`${name} missing`)
    return { html: readFileSync(fixture.path, 'utf8'), cells: Object.keys(fixture.expected.cells) }
  }

  it('the class-hidden page really carries a hidden wrong digit in each number cell', () => {
    const { html, cells } = variant('class-hidden-digits')
    expect(html).toContain('.cp { display: none }')
    expect(html.match(/<span class="cp">\d<\/span>/g)).toHaveLength(cells.length)
  })

  it('the self-closed, unclosed and hidden-attribute pages really carry their wrong digits', () => {
    const selfClosed = variant('self-closed-hidden-digits')
    expect(selfClosed.html.match(/<span style="display:none"\/>\d<\/span>/g)).toHaveLength(
      selfClosed.cells.length,
    )
    const unclosed = variant('unclosed-hidden-digits')
    expect(unclosed.html.match(/<(span|font) style="display:none">\d(?!<\/\1)/g)).toHaveLength(
      unclosed.cells.length,
    )
    const shown = variant('shown-hidden-attribute')
    expect(shown.html.match(/<span [^>]*hidden[^>]*>\d<\/span><span [^>]*hidden[^>]*>/g)).toHaveLength(
      shown.cells.length,
    )
  })

  it('the pages hiding digits by how they are drawn really carry their wrong digits', () => {
    const painted = variant('painted-elsewhere-white-digits')
    expect(painted.html).toContain('.banner { background: #1f4e79')
    const white = painted.html.match(/<(?:span style="color:#fff"|font color="#FFFFFF"|span class="w")>\d</g)
    const dark = painted.html.match(/<td class="dark"/g)
    expect((white?.length ?? 0) + (dark?.length ?? 0)).toBe(painted.cells.length)
    const clipped = variant('clipped-digits')
    const box =
      /<span (?:class="w0"|style="(?:display:inline-block;width:0|display:block; height:0|float:left; max-width:0);? ?overflow:hidden")>\d<\/span>/g
    expect(clipped.html.match(box)).toHaveLength(clipped.cells.length)
    const raw = variant('self-closed-raw-text-digits')
    expect(raw.html.match(/<(script|style|noscript)\/>(?:<span>)?\d(?:<\/span>)?<\/\1>/g)).toHaveLength(
      raw.cells.length,
    )
    const faint = variant('faint-digits')
    const wrongDigit = /<span (?:style="(?!color: transparent)[^"]*"|class="tf")>\d<\/span>/g
    expect(faint.html.match(wrongDigit)).toHaveLength(faint.cells.length)
    const generated = variant('generated-digits')
    const drawnFirst = /<i class="z"><\/i><span (?:class="d\d"|data-d="\d")><\/span>/g
    expect(generated.html.match(drawnFirst)).toHaveLength(generated.cells.length)
    const reversed = variant('reversed-digits')
    expect(
      reversed.html.match(/<(bdo dir="rtl"|span style="unicode-bidi: bidi-override; direction: rtl")>/g),
    ).toHaveLength(reversed.cells.length)
    expect(reversed.html).toContain('>6341<')
    const folded = variant('folded-digits')
    expect(
      folded.html.match(/(?:text-indent:-9999px; overflow:hidden">|<details><summary><\/summary>)\d</g),
    ).toHaveLength(folded.cells.length)
    const matched = variant('matched-ink-digits')
    const grey = /<(?:font color="#f2f2f2"|span style="color: rgb\(242, 242, 242\)"|span class="g")>\d</g
    expect(matched.html.match(grey)).toHaveLength(matched.cells.length)
    expect(matched.html.match(/<td class="shade"/g)).toHaveLength(matched.cells.length)
    const nested = variant('cell-tables')
    expect(nested.html.match(/<table [^>]*><tr><td>\d+(?:\.\d+)?<\/td><\/tr><\/table>/g)).toHaveLength(
      nested.cells.length,
    )
  })

  it('the shifted-marks page really carries marks moved off the baseline, and values moved without one', () => {
    const { html } = variant('shifted-marks')
    expect(html.match(SHIFTED_MARK)?.length).toBeGreaterThan(90)
    expect(html).toContain('.fn-raise { position: relative; top: -4px')
    expect(html).toContain(
      'sub, sup { font-size: 75%; line-height: 0; position: relative; vertical-align: baseline }',
    )
    // Word's whole value lowered, alone or in two runs, with no mark after it.
    const lowered = /<span style='position:relative;top:2\.0pt[^']*'>\d+(?:\.\d+)?<\/span>(?!<span)/g
    expect(html.match(lowered)?.length).toBeGreaterThan(30)
    expect(html).toMatch(
      /<span style='position:relative;top:2\.0pt'>\d<\/span><span lang=EN-US style='position:relative;top:2\.0pt'>\d+/,
    )
    expect(
      html.match(/<span style="vertical-align: (?:middle|2px)">\d+(?:\.\d+)?<\/span>/g)?.length,
    ).toBeGreaterThan(30)
  })

  it('the hidden-old-table page really carries a second 表三, hidden, before the shown one', () => {
    const { html } = variant('hidden-old-table')
    const hiddenAt = html.indexOf('<div style="display:none">')
    expect(hiddenAt).toBeGreaterThan(0)
    expect(html.indexOf('本年新收', hiddenAt)).toBeLessThan(html.lastIndexOf('本年新收'))
  })
})
