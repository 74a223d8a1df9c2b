import { describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../../../src/core/model/report'
import { htmlToDocument } from '../../../../src/core/read/html/htmlToDocument'
import { readHtmlBytes } from '../../../../src/core/read/html/readHtmlBytes'
import { readMhtmlBytes } from '../../../../src/core/read/mhtml'
import { seededRandom } from '../../../helpers/seededRandom'
import { lineCells } from '../../../../src/core/model/lineCells'

const FRAGMENTS = [
  '<',
  '>',
  '</',
  '/>',
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th rowspan="3">',
  '<td colspan=99999>',
  '<td rowspan=0>',
  '<tbody>',
  '</tbody>',
  '<caption>',
  '<p>',
  '</p>',
  '<br>',
  '<span>',
  '</span>',
  '<o:p>',
  '</o:p>',
  '<script>',
  '</script>',
  '<style>',
  '<title>',
  '</title>',
  '<!--',
  '-->',
  '<!--[if !supportLists]-->',
  '<![endif]>',
  '<?xml',
  '<!DOCTYPE html>',
  '<div style="display:none">',
  '<div hidden>',
  '</div>',
  '<pre>',
  '<meta charset="gbk">',
  '<meta name="ArticleTitle" content="',
  '"',
  "'",
  '=',
  '&',
  '&nbsp;',
  '&#',
  '&#x',
  ';',
  'amp',
  '12',
  '0',
  '中',
  '本年',
  '\u00a0',
  '\u3000',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\ud800',
  '\udfff',
  '\u0000',
  'MIME-Version: 1.0\r\n',
  'Content-Type: multipart/related; boundary="b"\r\n\r\n',
  '--b\r\n',
  'Content-Type: text/html\r\n\r\n',
  '--b--',
  'Content-Transfer-Encoding: base64\r\n',
  'Content-Transfer-Encoding: quoted-printable\r\n',
  '=E4=B8',
  '=\r\n',
]

function randomHtml(random: () => number, pieces: number): string {
  let out = ''
  for (let index = 0; index < pieces; index++) {
    out +=
      random() < 0.85
        ? (FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] ?? '')
        : String.fromCharCode(Math.floor(random() * 0x10000))
  }
  return out
}

function expectWellFormed(doc: SourceDocument): void {
  for (const line of doc.lines) {
    expect(typeof line.text).toBe('string')
    expect(lineCells(line).every((cell) => typeof cell === 'string')).toBe(true)
    if (line.gridColumns !== undefined) expect(line.gridColumns).toHaveLength(lineCells(line).length)
  }
}

describe('the HTML and MHTML readers on garbage', () => {
  it('never throw on 400 random markup strings and always return well-formed lines', () => {
    const random = seededRandom(20240117)
    for (let run = 0; run < 400; run++) {
      const html = randomHtml(random, 1 + Math.floor(random() * 300))
      const doc = htmlToDocument(`fuzz-${run}.html`, html, run % 2 === 0 ? 'html' : 'paste')
      expectWellFormed(doc)
    }
  })

  it('never throw on 200 random byte strings, read as a page or as MHTML', () => {
    const random = seededRandom(7)
    for (let run = 0; run < 200; run++) {
      const bytes = new Uint8Array(Math.floor(random() * 2000))
      for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(random() * 256)
      expectWellFormed(readHtmlBytes('fuzz.html', bytes).doc)
      const mhtml = readMhtmlBytes('fuzz.mht', bytes)
      if (mhtml.ok) expectWellFormed(mhtml.doc)
      else expect(mhtml.error.code).toBe('corrupt')
      const markup = new TextEncoder().encode(randomHtml(random, 200))
      const asMhtml = readMhtmlBytes('fuzz.mht', markup)
      if (asMhtml.ok) expectWellFormed(asMhtml.doc)
    }
  })

  it('stays fast on pathological input: deep nesting, huge spans, thousands of unterminated constructs', () => {
    const inputs = [
      '<table><tr><td>'.repeat(20000) + '深',
      '<table><tr>' + '<td colspan="1000" rowspan="1000">x'.repeat(5000) + '</table>',
      '<td class="x>'.repeat(20000),
      '<title>'.repeat(20000),
      '<div style="display:none">'.repeat(20000),
      '<div hidden>'.repeat(20000) + '<table><tr><td>1</td></tr></table>' + '</div>'.repeat(20000),
      '<!--'.repeat(20000),
      '&#x'.repeat(20000) + '&nbsp'.repeat(20000),
    ]
    for (const html of inputs) {
      const started = performance.now()
      expectWellFormed(htmlToDocument('big.html', html))
      expect(performance.now() - started).toBeLessThan(5000)
    }
  })
})
