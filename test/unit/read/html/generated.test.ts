import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readHtmlBytes } from '../../../../src/core/read/html/readHtmlBytes'
import { readReport } from '../../../../src/core/readReport'
import { readingOf, truthOf } from '../../../helpers/expectedReports'
import { generatedFixtures } from '../docx/expectedReports'

describe('readReport on the generated HTML pages (LibreOffice, and pages hiding text beside the numbers)', () => {
  const fixtures = generatedFixtures('html')

  for (const { path, expected } of fixtures) {
    it(`${expected.file} is read exactly per its ground truth, with no notice`, () => {
      const { doc } = readHtmlBytes(expected.file, new Uint8Array(readFileSync(path)))
      const outcome = readReport(doc)
      if (!outcome.ok) throw new Error(outcome.error.message)
      const report = outcome.report
      expect(readingOf(report)).toEqual(truthOf(expected))
      expect(report.checks.filter((check) => !check.ok)).toEqual([])
      expect(report.notices).toEqual([])
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

  it('the hidden-old-table page really carries a second 表三, hidden, before the shown one', () => {
    const { html } = variant('hidden-old-table')
    const hiddenAt = html.indexOf('<div style="display:none">')
    expect(hiddenAt).toBeGreaterThan(0)
    expect(html.indexOf('本年新收', hiddenAt)).toBeLessThan(html.lastIndexOf('本年新收'))
  })
})
