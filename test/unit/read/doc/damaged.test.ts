import { readFileSync } from 'node:fs'
import * as cfbNamespace from 'cfb'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/core/ingest/ingestFile'
import { docToDocument } from '../../../../src/core/read/doc/docToDocument'
import { generatedFixtures } from '../docx/expectedReports'

type CfbApi = typeof cfbNamespace
const CFB: CfbApi = (cfbNamespace as CfbApi & { default?: CfbApi }).default ?? cfbNamespace

const fixture = generatedFixtures('doc').find((candidate) => candidate.expected.file.startsWith('001_'))!
const docBytes = new Uint8Array(readFileSync(fixture.path))

function stream(name: string): Uint8Array {
  const entry = CFB.find(CFB.read(docBytes, { type: 'array' }), name)
  if (!entry) throw new Error(`no ${name}`)
  return Uint8Array.from(entry.content).subarray(0, entry.size)
}

function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new()
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, content)
  return Uint8Array.from(CFB.write(container, { type: 'array' }) as ArrayLike<number>)
}

function errorOf(bytes: Uint8Array) {
  const read = docToDocument('t.doc', bytes)
  if (read.ok) throw new Error('unexpectedly read')
  return read.error
}

describe('damaged and non-Word compound files', () => {
  it('a truncated .doc is corrupt, with a Chinese reason', () => {
    const error = errorOf(docBytes.subarray(0, 3000))
    expect(error.code).toBe('corrupt')
    expect(error.message).toMatch(/Word 文档已损坏/)
  })

  it('the compound-file signature followed by garbage is corrupt', () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index * 131) % 251)
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(errorOf(bytes).code).toBe('corrupt')
  })

  it('names Excel files and password-protected .docx instead of calling them broken', () => {
    const excel = errorOf(compoundFile({ Workbook: new Uint8Array(600) }))
    expect(excel).toEqual({ code: 'unsupported', message: '这是 Excel 表格文件，不是 Word 文档，暂不支持' })
    const locked = errorOf(
      compoundFile({ EncryptedInfo: new Uint8Array(600), EncryptedPackage: new Uint8Array(600) }),
    )
    expect(locked.code).toBe('unsupported')
    expect(locked.message).toContain('密码')
  })

  it('an encrypted .doc says so', () => {
    const word = stream('WordDocument').slice()
    word[0x0b] = (word[0x0b] ?? 0) | 0x01 // fEncrypted is bit 8 of the flags at 0x0A
    const error = errorOf(compoundFile({ WordDocument: word, '1Table': stream('1Table') }))
    expect(error.code).toBe('unsupported')
    expect(error.message).toContain('密码')
  })

  it('a Word 6/95 file is refused with advice to re-save', () => {
    const word = stream('WordDocument').slice()
    word[2] = 0x65
    word[3] = 0x00
    const error = errorOf(compoundFile({ WordDocument: word, '1Table': stream('1Table') }))
    expect(error.code).toBe('unsupported')
    expect(error.message).toContain('另存为')
  })

  it('a missing table stream or a broken piece table is corrupt', () => {
    expect(errorOf(compoundFile({ WordDocument: stream('WordDocument') })).code).toBe('corrupt')
    const table = stream('1Table').slice().fill(0)
    expect(errorOf(compoundFile({ WordDocument: stream('WordDocument'), '1Table': table })).code).toBe(
      'corrupt',
    )
  })

  it('ingestFile never throws on a damaged .doc', async () => {
    const items = await ingestFile('坏.doc', docBytes.subarray(0, 1536))
    expect(items).toHaveLength(1)
    const outcome = items[0]!.outcome
    expect(outcome.ok ? undefined : outcome.error.code).toBe('corrupt')
  })
})
