import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'fflate'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { cellValues } from '../../../src/core/model/report'
import { readZipEntries } from '../../../src/core/read/zip'
import { buildZip } from './zipFixture'

const GENERATED = join(import.meta.dirname, '../../fixtures/generated')
const SEED = join(import.meta.dirname, '../../fixtures/seeds/001_cad4fa3e014eb2f3.txt')

interface ExpectedEntry {
  file: string
  agency: string
  year: number
  template: string
  cells: Record<string, number>
}

function entriesOf(output: ReturnType<typeof readZipEntries>) {
  if (output.kind !== 'archive') throw new Error(`not an archive: ${JSON.stringify(output)}`)
  return output.entries
}

function errorOf(output: ReturnType<typeof readZipEntries>) {
  if (output.kind !== 'error') throw new Error(`unexpectedly read: ${output.kind}`)
  return output.error
}

describe('the generated report bundle', () => {
  const bytes = new Uint8Array(readFileSync(join(GENERATED, 'zip/reports_bundle.zip')))
  const truth = JSON.parse(readFileSync(join(GENERATED, 'zip/reports_bundle.expected.json'), 'utf8')) as {
    entries: ExpectedEntry[]
  }

  it('gives every report entry, by its path, read exactly per the ground truth', async () => {
    const items = await ingestFile('reports_bundle.zip', bytes)
    expect(items.map((item) => item.file).sort()).toEqual(truth.entries.map((entry) => entry.file).sort())
    for (const expected of truth.entries) {
      const item = items.find((candidate) => candidate.file === expected.file)
      if (!item?.outcome.ok) throw new Error(`${expected.file} not read: ${JSON.stringify(item?.outcome)}`)
      const report = item.outcome.report
      expect([report.agency, report.year, report.template]).toEqual([
        expected.agency,
        expected.year,
        expected.template,
      ])
      expect(cellValues(report)).toEqual(expected.cells)
    }
  })

  it('decodes the entry bytes unchanged (the GB18030 text stays GB18030)', () => {
    const entries = entriesOf(readZipEntries(bytes))
    const gbk = entries.find((entry) => entry.name === 'gbk/002_3971b268707d3ce1.txt')
    expect(gbk).toBeDefined()
    const original = readFileSync(
      join(import.meta.dirname, '../../fixtures/seeds/002_3971b268707d3ce1.txt'),
      'utf8',
    )
    expect(iconv.decode(Buffer.from(gbk!.bytes), 'gb18030')).toBe(original)
  })
})

describe('entry names and skipped entries', () => {
  const text = new Uint8Array(readFileSync(SEED))

  it('decodes GBK names written without the UTF-8 flag (Windows zip tools)', () => {
    const zip = buildZip([
      { name: new Uint8Array(iconv.encode('年报/卫辉市2021年报告.txt', 'gbk')), data: text },
    ])
    expect(entriesOf(readZipEntries(zip)).map((entry) => entry.name)).toEqual(['年报/卫辉市2021年报告.txt'])
  })

  it('reads UTF-8 names with and without the flag (macOS writes none)', () => {
    const zip = buildZip([
      { name: '报告一.txt', data: text },
      { name: new TextEncoder().encode('报告二.txt'), data: text, deflate: true },
    ])
    const entries = entriesOf(readZipEntries(zip))
    expect(entries.map((entry) => entry.name)).toEqual(['报告一.txt', '报告二.txt'])
    expect(entries[1]!.bytes).toEqual(text)
  })

  it('skips directories, __MACOSX resource forks and desktop files', () => {
    const zip = buildZip([
      { name: '年报/', data: new Uint8Array() },
      { name: '年报/a.txt', data: text },
      { name: '__MACOSX/年报/._a.txt', data: new Uint8Array([0, 5, 22, 7]) },
      { name: '年报/.DS_Store', data: new Uint8Array([0, 0, 0, 1]) },
      { name: 'Thumbs.db', data: new Uint8Array([0xd0, 0xcf]) },
    ])
    expect(entriesOf(readZipEntries(zip)).map((entry) => entry.name)).toEqual(['年报/a.txt'])
  })

  it('an archive with nothing readable yields one empty-archive item', async () => {
    const zip = buildZip([{ name: '年报/', data: new Uint8Array() }])
    const items = await ingestFile('空.zip', zip)
    expect(items).toHaveLength(1)
    expect(items[0]!.outcome.ok ? undefined : items[0]!.outcome.error.code).toBe('empty')
  })

  it('a .docx stored uncompressed inside a zip is still read as an archive entry', async () => {
    const docx = new Uint8Array(readFileSync(join(GENERATED, 'docx/003_1579294a3fe638da.docx')))
    const zip = buildZip([{ name: '卫辉/003.docx', data: docx }])
    const items = await ingestFile('bundle.zip', zip)
    expect(items.map((item) => item.file)).toEqual(['bundle.zip/卫辉/003.docx'])
    expect(items[0]!.outcome.ok && items[0]!.outcome.report.agency).toBe('卫辉市城市管理局')
  })
})

describe('damaged and hostile archives', () => {
  const text = new Uint8Array(readFileSync(SEED))

  it('a truncated download is corrupt, in Chinese', () => {
    const zip = buildZip([{ name: 'a.txt', data: text, deflate: true }])
    const error = errorOf(readZipEntries(zip.subarray(0, zip.length - 30)))
    expect(error.code).toBe('corrupt')
    expect(error.message).toMatch(/压缩文件已损坏/)
  })

  it('an entry whose data is cut short is corrupt', () => {
    const zip = buildZip([{ name: 'a.txt', data: text }])
    // Keep the directory but damage the local header of the only entry.
    zip[0] = 0
    expect(errorOf(readZipEntries(zip)).code).toBe('corrupt')
  })

  it('refuses an entry that inflates past the size limit (zip bomb) before inflating it', () => {
    const zeros = new Uint8Array(4 * 1024 * 1024)
    const zip = buildZip([{ name: 'bomb.txt', data: zeros, deflate: true }])
    expect(zip.length).toBeLessThan(10_000)
    const error = errorOf(readZipEntries(zip, 1024 * 1024))
    expect(error.code).toBe('too-large')
    expect(error.message).toContain('bomb.txt')
  })

  it('refuses many entries that are together too large', () => {
    const part = new Uint8Array(600 * 1024)
    const zip = buildZip(
      Array.from({ length: 8 }, (_, index) => ({ name: `${index}.txt`, data: part, deflate: true })),
    )
    expect(errorOf(readZipEntries(zip, 1024 * 1024)).code).toBe('too-large')
  })

  it('an entry that inflates past the size its header claims is corrupt, not read into memory', () => {
    const zip = buildZip([
      { name: 'liar.txt', data: new Uint8Array(3 * 1024 * 1024), deflate: true, claimedSize: 10 },
    ])
    const error = errorOf(readZipEntries(zip))
    expect(error.code).toBe('corrupt')
    expect(error.message).toContain('liar.txt')
  })

  it('a password-protected archive says so', () => {
    const zip = buildZip([{ name: 'a.txt', data: deflateSync(text), flags: 0x0001 }])
    const error = errorOf(readZipEntries(zip))
    expect(error.code).toBe('unsupported')
    expect(error.message).toContain('密码')
  })

  it('ingestFile turns a bomb into one too-large item and never throws', async () => {
    const zip = buildZip([{ name: 'bomb.txt', data: new Uint8Array(2 * 1024 * 1024), deflate: true }])
    const items = await ingestFile('bomb.zip', zip, { maxBytes: 1024 * 1024 })
    expect(items.map((item) => [item.file, item.outcome.ok ? 'read' : item.outcome.error.code])).toEqual([
      ['bomb.zip', 'too-large'],
    ])
  })
})

describe('other archive formats', () => {
  it('RAR and 7z bundles are named and refused with advice, not called unknown binary', async () => {
    const rar = new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0x33, 0x92, 0xb5, 0xe5])
    const sevenZip = new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, 0x8d, 0x9b, 0xd5, 0x0f])
    for (const [name, bytes] of [
      ['年报.rar', rar],
      ['年报.7z', sevenZip],
    ] as const) {
      const items = await ingestFile(name, bytes)
      const outcome = items[0]?.outcome
      expect(outcome?.ok ? undefined : outcome?.error).toEqual({
        code: 'unsupported',
        message: 'RAR/7z 压缩包暂不支持，请先解压后导入文件夹，或改用 zip 压缩',
      })
    }
  })
})
