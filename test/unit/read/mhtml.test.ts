import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readHtmlBytes } from '../../../src/core/read/html/readHtmlBytes'
import { decodeBase64, decodeQuotedPrintable, readMhtmlBytes } from '../../../src/core/read/mhtml'

const REAL_PAGE = readFileSync(
  join(import.meta.dirname, '../../fixtures/real/shuyang_fgj_2023_page.html'),
  'utf8',
)

/** Quoted-printable as MIME writers produce it: 76-character lines with "=" soft breaks, escapes never split. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = ''
  let lineLength = 0
  for (const byte of bytes) {
    const literal = byte >= 33 && byte <= 126 && byte !== 61
    const piece = literal
      ? String.fromCharCode(byte)
      : byte === 10
        ? '\r\n'
        : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
    if (piece === '\r\n') {
      out += piece
      lineLength = 0
      continue
    }
    if (lineLength + piece.length > 75) {
      out += '=\r\n'
      lineLength = 0
    }
    out += piece
    lineLength += piece.length
  }
  return out
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n')
}

function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

const BOUNDARY = '----MultipartBoundary--Xf3kQ9----'

describe('readMhtmlBytes', () => {
  it('reads a Chrome-style MHTML (quoted-printable UTF-8 page among css and image parts) like the page itself', () => {
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a335f4d689220a3a23e24a986.shtml',
      'Subject: =?utf-8?Q?=E6=B2=AD=E9=98=B3?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${BOUNDARY}"`,
      '',
      '',
      `--${BOUNDARY}`,
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: http://www.shuyang.gov.cn/',
      '',
      quotedPrintable(new TextEncoder().encode(REAL_PAGE)),
      `--${BOUNDARY}`,
      'Content-Type: text/css',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'td { border: 1px solid #333; }',
      `--${BOUNDARY}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
      `--${BOUNDARY}--`,
      '',
    ].join('\r\n')
    const result = readMhtmlBytes('report.mhtml', latin1Bytes(mhtml))
    const page = readHtmlBytes('report.mhtml', new TextEncoder().encode(REAL_PAGE))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.encoding).toBe('utf-8')
    expect(result.doc.lines).toEqual(page.doc.lines)
    expect(result.doc.name).toBe('report.mhtml')
    expect(result.doc.kind).toBe('html')
  })

  it('reads an IE/WPS-style .mht: base64 GBK page with its charset in the part header, after another part', () => {
    const page =
      '<html><body><p>某县教育局2022年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>12</td></tr></table></body></html>'
    const mht = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="=_NextPart_01D9"; type="text/html"',
      '',
      'This is a multi-part message in MIME format.',
      '',
      '--=_NextPart_01D9',
      'Content-Location: file:///C:/x/header.css',
      'Content-Type: text/css; charset="gb2312"',
      '',
      'p { margin: 0 }',
      '--=_NextPart_01D9',
      'Content-Location: file:///C:/x/report.htm',
      'Content-Transfer-Encoding: base64',
      'Content-Type: text/html; charset="gb2312"',
      '',
      base64(new Uint8Array(iconv.encode(page, 'gbk'))),
      '--=_NextPart_01D9--',
    ].join('\n')
    const result = readMhtmlBytes('report.mht', latin1Bytes(mht))
    expect(result).toMatchObject({ ok: true, encoding: 'gb18030' })
    if (!result.ok) return
    expect(result.doc.lines.map((line) => line.cells)).toEqual([
      ['某县教育局2022年政府信息公开工作年度报告'],
      ['行政许可', '12'],
    ])
  })

  it('reads a single-part MHTML and an HTML part nested in multipart/alternative', () => {
    const single =
      'MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
      quotedPrintable(new TextEncoder().encode('<p>行政处罚</p>'))
    expect(readMhtmlBytes('a.mht', latin1Bytes(single))).toMatchObject({
      ok: true,
      doc: { lines: [{ text: '行政处罚' }] },
    })

    const nested = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary=outer',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'plain',
      '--inner',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>行政强制</p>',
      '--inner--',
      '--outer--',
    ].join('\r\n')
    expect(readMhtmlBytes('b.mht', new TextEncoder().encode(nested))).toMatchObject({
      ok: true,
      doc: { lines: [{ text: '行政强制' }] },
    })
  })

  it('returns a typed error when there is no HTML part', () => {
    const noHtml = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n`
    const result = readMhtmlBytes('c.mht', latin1Bytes(noHtml))
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    if (!result.ok) expect(result.error.message).toContain('MHTML')
  })
})

describe('MIME transfer decodings', () => {
  it('decodes quoted-printable soft breaks (LF and CRLF) and escapes, keeping malformed "=" literally', () => {
    const bytes = decodeQuotedPrintable('=E6=94=BF=\r\n=E5=BA=9C=\na=3Db =ZZ =4')
    expect(new TextDecoder().decode(bytes)).toBe('政府a=b =ZZ =4')
  })

  it('decodes base64 with line breaks and stray characters', () => {
    const encoded = Buffer.from('本年新收政府信息公开申请数量', 'utf8').toString('base64')
    const broken = encoded.slice(0, 10) + '\r\n' + encoded.slice(10, 20) + ' \t' + encoded.slice(20)
    expect(new TextDecoder().decode(decodeBase64(broken))).toBe('本年新收政府信息公开申请数量')
  })
})
