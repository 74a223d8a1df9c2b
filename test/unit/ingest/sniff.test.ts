import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import iconv from 'iconv-lite'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sniffKind } from '../../../src/core/ingest/sniff'
import { fixtureFiles } from '../../helpers/fixtureFiles'

const fixtures = join(import.meta.dirname, '../../fixtures')
const fixture = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)))
const seed = fixture('seeds/000_7bba39e252e1dfbf.txt')

/** A deterministic byte soup (no reliance on Math.random). */
function pseudoRandomBytes(length: number, seedValue = 7): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seedValue
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

describe('sniffKind on real files', () => {
  it('a seed text file is text, whatever its extension says', () => {
    expect(sniffKind('report.txt', seed)).toBe('text')
    expect(sniffKind('report.pdf', seed)).toBe('text')
  })

  it('a GBK copy of the seed is text', () => {
    expect(
      sniffKind(
        'gbk.txt',
        new Uint8Array(
          iconv.encode(readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt'), 'utf8'), 'gbk'),
        ),
      ),
    ).toBe('text')
  })

  it('markdown is told apart from text only by its extension', () => {
    expect(sniffKind('report.md', seed)).toBe('markdown')
  })

  it('the real WPS PDF is pdf, even named .txt', () => {
    expect(sniffKind('hongze.txt', fixture('real/hongze_district_gov_2023.pdf'))).toBe('pdf')
  })

  it('the blank template is docx', () => {
    expect(sniffKind('template.docx', fixture('template/blank_template_2021.docx'))).toBe('docx')
  })

  it('the real saved page is html, even without an extension', () => {
    expect(sniffKind('page', fixture('real/shuyang_fgj_2023_page.html'))).toBe('html')
  })
})

describe('sniffKind on made-up bytes', () => {
  it('an empty file is empty', () => {
    expect(sniffKind('a.txt', new Uint8Array())).toBe('empty')
  })

  it('a zip of text files is zip', () => {
    expect(sniffKind('reports.zip', zipSync({ 'a.txt': seed }))).toBe('zip')
  })

  it('an OOXML file that is not Word is office-other', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    })
    expect(sniffKind('sheet.xlsx', xlsx)).toBe('office-other')
  })

  it('a Word file cut short before its document part is named is still docx, so it is called damaged', () => {
    const docx = fixture('generated/docx/000_7bba39e252e1dfbf.docx')
    const head = docx.subarray(0, 600)
    expect(new TextDecoder('latin1').decode(head)).not.toContain('word/document.xml')
    expect(sniffKind('报告.docx', head)).toBe('docx')
    expect(sniffKind('报告.wps', head)).toBe('docx')
    // Named as something else, the same bytes say nothing of Word.
    expect(sniffKind('报告.xlsx', head)).toBe('office-other')
    // Compressed data after the cut may hold "xl/" or "ppt/" by chance: only entry names count.
    const withNoise = new Uint8Array([
      ...head,
      ...new TextEncoder().encode('..xl/..ppt/..'),
      ...pseudoRandomBytes(4096),
    ])
    expect(sniffKind('报告.docx', withNoise)).toBe('docx')
    // A workbook misnamed .docx stays what its parts say it is.
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    })
    expect(sniffKind('misnamed.docx', xlsx)).toBe('office-other')
  })

  it('a compound file (Word 97-2003, WPS) is doc', () => {
    const header = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(sniffKind('report.doc', header)).toBe('doc')
  })

  it.each([
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
    ['webp', [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]],
  ])('a %s photo is an image', (_format, magic) => {
    expect(sniffKind('cat.txt', new Uint8Array([...magic, ...pseudoRandomBytes(64)]))).toBe('image')
  })

  it('"BM" at the start of text is not a bitmap unless the extension says so', () => {
    const text = new TextEncoder().encode('BM 城市管理局')
    expect(sniffKind('notes.txt', text)).toBe('text')
  })

  it('random bytes are binary', () => {
    expect(sniffKind('data.txt', pseudoRandomBytes(4096))).toBe('binary')
  })

  it('text with a NUL byte is binary', () => {
    expect(
      sniffKind('a.txt', new Uint8Array([...seed.subarray(0, 100), 0, ...seed.subarray(100, 200)])),
    ).toBe('binary')
  })

  it('UTF-16 text with a BOM is text despite its zero bytes', () => {
    expect(
      sniffKind('u16.txt', new Uint8Array([0xff, 0xfe, ...iconv.encode('年度报告 2023', 'utf16le')])),
    ).toBe('text')
  })

  it('a saved MHTML page is mhtml', () => {
    const mhtml = [
      'From: <Saved by Blink>',
      'Subject: =?utf-8?Q?2023=E5=B9=B4?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--abc"',
      '',
      '------MultipartBoundary--abc',
      'Content-Type: text/html',
      '',
      '<html><body><table></table></body></html>',
    ].join('\r\n')
    expect(sniffKind('page.mhtml', new TextEncoder().encode(mhtml))).toBe('mhtml')
  })

  it('an HTML fragment with a table is html', () => {
    expect(sniffKind('clip', new TextEncoder().encode('<p>表三</p><table><tr><td>1</td></tr></table>'))).toBe(
      'html',
    )
  })
})

/** Every fixture file with its path relative to test/fixtures. */
function fixturePaths(): string[] {
  return fixtureFiles(fixtures).map((path) => relative(fixtures, path))
}

/** The kind each fixture is known to be, from how it was made (test/fixtures/README.md). */
const KIND_OF_EXTENSION: Record<string, string> = {
  txt: 'text',
  json: 'text',
  md: 'markdown',
  html: 'html',
  mhtml: 'mhtml',
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  rtf: 'rtf',
  zip: 'zip',
}

/** Markdown whose tables are HTML, as PDF converters write it: the HTML reader reads it, keeping its lines. */
const TABLES_AS_HTML: ReadonlySet<string> = new Set(['generated/text/900_designed_nonzero.tables-as-html.md'])

describe('sniffKind on every fixture', () => {
  it.each(fixturePaths())('%s', (path) => {
    const extension = path.slice(path.lastIndexOf('.') + 1)
    const kind = TABLES_AS_HTML.has(path) ? 'html' : KIND_OF_EXTENSION[extension]
    expect(sniffKind(path, fixture(path))).toBe(kind)
  })

  it('a seed whose text has a "<" but no HTML marker is text', () => {
    const text = readFileSync(join(fixtures, 'seeds/002_3971b268707d3ce1.txt'), 'utf8')
    expect(text).toContain('<')
    expect(sniffKind('002.txt', fixture('seeds/002_3971b268707d3ce1.txt'))).toBe('text')
  })

  it('HTML and MIME markers are found at the edges of the looked-at bytes', () => {
    const encode = (text: string) => new TextEncoder().encode(text)
    expect(sniffKind('a', encode(`${'年'.repeat(2728)}<html>`))).toBe('html')
    expect(sniffKind('a', encode(`${'年'.repeat(2730)}<html>`))).toBe('text')
    const headers = 'MIME-Version: 1.0\r\nContent-Type: multipart/related'
    expect(sniffKind('a', encode(`${'x'.repeat(4096 - headers.length)}\n${headers}`))).toBe('text')
    expect(sniffKind('a', encode(`${'x'.repeat(4094 - headers.length)}\n${headers}`))).toBe('mhtml')
  })

  it('a control byte share above 5 % in the second half of the sample is binary', () => {
    const bytes = new Uint8Array(8192).fill(0x41)
    for (let i = 4096; i < 4096 + 420; i++) bytes[i] = 0x01
    expect(sniffKind('a.txt', bytes)).toBe('binary')
    bytes.fill(0x41, 4096 + 400)
    expect(sniffKind('a.txt', bytes)).toBe('text')
  })
})
