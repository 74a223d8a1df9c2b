import { describe, expect, it } from 'vitest'
import { tokenizeHtml, type HtmlToken } from '../../../../src/core/read/html/tokenize'

function texts(tokens: HtmlToken[]): string {
  return tokens.map((token) => (token.type === 'text' ? token.text : '')).join('')
}

describe('tokenizeHtml', () => {
  it('reads start tags with quoted, unquoted and bare attributes, lower-casing names', () => {
    const tokens = tokenizeHtml(`<TD ROWSPAN="22" colspan=3 nowrap class='c1' data-x = "a&amp;b">x</TD>`)
    expect(tokens[0]).toEqual({
      type: 'start',
      name: 'td',
      attributes: { rowspan: '22', colspan: '3', nowrap: '', class: 'c1', 'data-x': 'a&b' },
      selfClosing: false,
    })
    expect(tokens[1]).toEqual({ type: 'text', text: 'x' })
    expect(tokens[2]).toEqual({ type: 'end', name: 'td' })
  })

  it('keeps namespaced Word tags and self-closing markers', () => {
    const tokens = tokenizeHtml('<o:p></o:p><br/><st1:chsdate Year="2023">2023年</st1:chsdate>')
    expect(
      tokens.map((token) => token.type + ':' + (token.type === 'text' ? token.text : token.name)),
    ).toEqual(['start:o:p', 'end:o:p', 'start:br', 'start:st1:chsdate', 'text:2023年', 'end:st1:chsdate'])
    expect(tokens[2]).toMatchObject({ selfClosing: true })
  })

  it('skips comments, Word conditional comments, doctype and processing instructions', () => {
    const html =
      '<!DOCTYPE html><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />' +
      '<p><!--[if !supportLists]-->7、<!--[endif]-->属于<![if !vml]>行政<![endif]>执法案卷<!-- a <td> in a comment --></p>'
    expect(texts(tokenizeHtml(html))).toBe('7、属于行政执法案卷')
  })

  it('drops script and noscript bodies entirely, even when they contain markup', () => {
    const html =
      '<script>var s = "<table><tr><td>99</td></tr></table>"; if (a < b) {}</script>' +
      '<noscript><p>请启用脚本</p></noscript>正文'
    const tokens = tokenizeHtml(html)
    expect(texts(tokens)).toBe('正文')
    expect(tokens.some((token) => token.type === 'start' && token.name === 'table')).toBe(false)
  })

  it('keeps a style body as one text token as written: no tags, no character references', () => {
    const tokens = tokenizeHtml('<STYLE>td:after { content: "<p>&amp;" }</STYLE>正文')
    expect(tokens).toEqual([
      { type: 'start', name: 'style', attributes: {}, selfClosing: false },
      { type: 'text', text: 'td:after { content: "<p>&amp;" }' },
      { type: 'end', name: 'style' },
      { type: 'text', text: '正文' },
    ])
  })

  it('ignores the /> of a script, style, title or other raw-text element, as a browser does; not in <svg>', () => {
    const html =
      '<td><script/>7</script>1</td><td><style/><b>8</b></style>2</td><td><noscript/>9</noscript>3</td>' +
      '<svg><title/></svg>4<svg><foreignObject><script/>6</script></foreignObject></svg>5'
    const tokens = tokenizeHtml(html)
    expect(texts(tokens)).toBe('1<b>8</b>2345')
    expect(tokens.filter((token) => token.type === 'start' && token.name === 'b')).toEqual([])
    expect(tokens).toContainEqual({ type: 'start', name: 'title', attributes: {}, selfClosing: true })
  })

  it('keeps an <xmp>’s content as the text it shows, tags and references as written', () => {
    const tokens = tokenizeHtml('<td><xmp><b>5</b>&amp;</xmp>1</td><td><xmp/>6</xmp>2</td>')
    expect(texts(tokens)).toBe('<b>5</b>&amp;162')
    expect(tokens.filter((token) => token.type === 'start' && token.name === 'b')).toEqual([])
  })

  it('reads the title as text with entities but without tags', () => {
    const tokens = tokenizeHtml('<title>某局2023年&nbsp;报告 <b>x</b></title>')
    expect(tokens[1]).toEqual({ type: 'text', text: '某局2023年\u00a0报告 <b>x</b>' })
    expect(tokens[2]).toEqual({ type: 'end', name: 'title' })
  })

  it('does not let an unclosed <title> swallow the page', () => {
    expect(texts(tokenizeHtml('<title>标题<p>正文一</p>'))).toBe('标题正文一')
  })

  it('treats a lone "<" and unterminated markup as text or end of input, never failing', () => {
    expect(texts(tokenizeHtml('a < b <3 c'))).toBe('a < b <3 c')
    expect(tokenizeHtml('<td colspan="2')).toEqual([
      { type: 'start', name: 'td', attributes: { colspan: '2' }, selfClosing: false },
    ])
    expect(texts(tokenizeHtml('x<!-- never closed <p>y'))).toBe('x')
    expect(texts(tokenizeHtml('x</>y</ z>w'))).toBe('xyw')
  })

  it('stops an unterminated quoted attribute at the end of its tag', () => {
    const tokens = tokenizeHtml('<td class="a>5</td><td>6</td>')
    expect(texts(tokens)).toBe('56')
  })
})
