import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeHtmlBytes, sniffHtmlCharset } from '../../../../src/core/decode/htmlCharset'
import { readHtmlBytes } from '../../../../src/core/read/html/readHtmlBytes'
import { collapseSpaces } from '../../../../src/core/text/normalize'
import { GB2312_HEAD, gbk, seedAsPage } from './seedPage'

const FIXTURES = join(import.meta.dirname, '../../../fixtures')
const REAL_PAGE = readFileSync(join(FIXTURES, 'real/shuyang_fgj_2023_page.html'), 'utf8')
const SEEDS = readdirSync(join(FIXTURES, 'seeds')).filter((file) => file.endsWith('.txt'))

/** What the page's lines must be: the seed's lines, tab cells kept, space collapsed, blank lines gone. */
function expectedCells(seed: string): string[][] {
  return seed
    .split(/\r?\n/)
    .filter((line) => line.includes('\t') || collapseSpaces(line) !== '')
    .map((line) => line.split('\t').map(collapseSpaces))
}

describe('sniffHtmlCharset', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ['<META CHARSET=GBK>', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', 'gb18030'],
    ["<meta content='text/html;charset=GB18030' http-equiv='content-type'>", 'gb18030'],
    ['<meta http-equiv=Content-Type content="text/html; charset=windows-936">', 'gb18030'],
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta charset="big5">', 'big5'],
    ['<meta name="description" content="no charset here">', undefined],
    ['<p>charset=gbk outside a meta</p>', undefined],
  ])('%s → %s', (head, expected) => {
    expect(sniffHtmlCharset(new TextEncoder().encode(`<html><head>${head}</head></html>`))).toBe(expected)
  })

  it('finds a meta after a long head of scripts, within the first 4 KB', () => {
    const head = `<script>${'x'.repeat(3000)}</script><meta charset="gbk">`
    expect(sniffHtmlCharset(new TextEncoder().encode(head))).toBe('gb18030')
  })
})

describe('readHtmlBytes: encodings', () => {
  it('reads the real page saved as gb2312 exactly like its UTF-8 original', () => {
    const gbkPage = REAL_PAGE.replace(/charset="?utf-8"?/gi, 'charset="gb2312"')
    expect(gbkPage).not.toBe(REAL_PAGE)
    const fromGbk = readHtmlBytes('page.html', gbk(gbkPage))
    const fromUtf8 = readHtmlBytes('page.html', new TextEncoder().encode(REAL_PAGE))
    expect(fromGbk.encoding).toBe('gb18030')
    expect(fromUtf8.encoding).toBe('utf-8')
    expect(fromGbk.doc.encoding).toBe('gb18030')
    expect(fromGbk.doc.lines).toEqual(fromUtf8.doc.lines)
    expect(
      fromGbk.doc.lines.some((line) => line.text === '沭阳县发展和改革局2023年政府信息公开年度报告'),
    ).toBe(true)
  })

  it.each(SEEDS)('reads seed %s published as a gb2312 page with an http-equiv meta', (file) => {
    const seed = readFileSync(join(FIXTURES, 'seeds', file), 'utf8')
    const { doc, encoding } = readHtmlBytes(file, gbk(seedAsPage(seed, GB2312_HEAD)))
    expect(encoding).toBe('gb18030')
    expect(doc.meta?.title).toBe('政府信息公开')
    expect(doc.lines.map((line) => line.cells)).toEqual(expectedCells(seed))
  })

  it('lets the byte-order mark win over the meta', () => {
    const page = '<meta charset="gbk"><p>本年新收</p>'
    const utf8WithBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page)])
    expect(decodeHtmlBytes(utf8WithBom)).toEqual({ text: page, encoding: 'utf-8' })
    const utf16le = new Uint8Array(iconv.encode('\ufeff' + page, 'utf-16le'))
    expect(readHtmlBytes('u16.html', utf16le).doc.lines[0]?.text).toBe('本年新收')
  })

  it('reads a page re-saved as UTF-8 that still declares gb2312 as UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>政府信息公开</p>')
    expect(readHtmlBytes('resaved.html', bytes)).toMatchObject({
      encoding: 'utf-8',
      doc: { lines: [{ text: '政府信息公开' }] },
    })
  })

  it('falls back to gb18030 for GBK bytes without any declaration', () => {
    const { doc, encoding } = readHtmlBytes(
      'bare.html',
      gbk('<table><tr><td>行政许可</td><td>7</td></tr></table>'),
    )
    expect(encoding).toBe('gb18030')
    expect(doc.lines[0]?.cells).toEqual(['行政许可', '7'])
  })

  it('decodes a Big5 page that declares no charset as big5, not gb18030', () => {
    const path = join(FIXTURES, 'generated/traditional/shuyang_fgj_2023_page.s2tw.big5.html')
    const declared = new Uint8Array(readFileSync(path))
    // The meta charset tags are ASCII in Big5 too: take them out of the bytes.
    const undeclared = new Uint8Array(
      Buffer.from(
        Buffer.from(declared)
          .toString('latin1')
          .replace(/charset="?big5"?/gi, ''),
        'latin1',
      ),
    )
    expect(sniffHtmlCharset(undeclared)).toBeUndefined()
    const read = readHtmlBytes('page.html', undeclared)
    expect(read.encoding).toBe('big5')
    expect(read.doc.lines.map((line) => line.text)).toEqual(
      readHtmlBytes('page.html', declared).doc.lines.map((line) => line.text),
    )
  })

  it('decodes a Big5 page without a charset as big5 also behind 20 KB of script in its head', () => {
    const declared = readFileSync(
      join(FIXTURES, 'generated/traditional/shuyang_fgj_2023_page.s2tw.big5.html'),
    )
    const script = `<script>${'var x = 1;'.repeat(2000)}</script>`
    const page = Buffer.from(
      declared
        .toString('latin1')
        .replace(/charset="?big5"?/gi, '')
        .replace('<head>', `<head>${script}`),
      'latin1',
    )
    expect(page.toString('latin1')).toContain(script)
    expect(readHtmlBytes('page.html', new Uint8Array(page)).encoding).toBe('big5')
  })

  it('decodes a declared big5 page with the big5 decoder', () => {
    const bytes = new Uint8Array(iconv.encode('<meta charset="big5"><p>政府資訊公開</p>', 'big5'))
    expect(readHtmlBytes('tw.html', bytes)).toMatchObject({
      encoding: 'big5',
      doc: { lines: [{ text: '政府資訊公開' }] },
    })
  })
})
