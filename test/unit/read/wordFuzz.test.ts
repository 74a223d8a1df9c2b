/**
 * Seeded mutation fuzz of the Word and zip readers: damaged files must give a typed result (a document
 * or a Chinese error), never an exception and never a hang. Every failure reproduces from its seed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { docToDocument } from '../../../src/core/read/doc/docToDocument'
import { docxToDocument } from '../../../src/core/read/docx/docxToDocument'
import { rtfLines } from '../../../src/core/read/rtf/rtfLines'
import { readZipEntries } from '../../../src/core/read/zip'
import { seededRandom } from '../../helpers/seededRandom'

const GENERATED = join(import.meta.dirname, '../../fixtures/generated')
const DOCX = new Uint8Array(readFileSync(join(GENERATED, 'docx/900_designed_nonzero.docx')))
const DOC = new Uint8Array(readFileSync(join(GENERATED, 'doc/900_designed_nonzero.doc')))
const RTF = new Uint8Array(readFileSync(join(GENERATED, 'rtf/900_designed_nonzero.rtf')))
const ZIP = new Uint8Array(readFileSync(join(GENERATED, 'zip/reports_bundle.zip')))

/** Overwrites a few bytes, sometimes with 0x00/0xFF runs that make sizes and offsets extreme. */
function mutateBytes(bytes: Uint8Array, random: () => number, from = 0): Uint8Array {
  const out = bytes.slice()
  const edits = 1 + Math.floor(random() * 8)
  for (let edit = 0; edit < edits; edit++) {
    const at = from + Math.floor(random() * (out.length - from))
    const run = random() < 0.3 ? 4 : 1
    const value = random() < 0.5 ? Math.floor(random() * 256) : random() < 0.5 ? 0xff : 0
    for (let index = 0; index < run && at + index < out.length; index++) out[at + index] = value
  }
  return random() < 0.1 ? out.subarray(0, Math.floor(random() * out.length)) : out
}

const XML_FRAGMENTS = [
  '<w:tc>',
  '</w:tc>',
  '<w:tr>',
  '</w:tr>',
  '<w:tbl>',
  '</w:tbl>',
  '<w:p>',
  '</w:p>',
  '<w:gridSpan w:val="99999"/>',
  '<w:vMerge/>',
  '<w:gridBefore w:val="-3"/>',
  '<w:t>',
  '</w:t>',
  '&#0;',
  '<',
  '"',
]

function mutateXml(xml: string, random: () => number): string {
  let out = xml
  const edits = 1 + Math.floor(random() * 6)
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * out.length)
    const cut = Math.floor(random() * 200)
    const insert = random() < 0.7 ? (XML_FRAGMENTS[Math.floor(random() * XML_FRAGMENTS.length)] ?? '') : ''
    out = out.slice(0, at) + insert + out.slice(at + cut)
  }
  return out
}

function expectTyped(result: { ok: boolean; error?: { code: string; message: string } }): void {
  if (!result.ok) expect(result.error?.message).toMatch(/[\u4e00-\u9fff]/)
}

const RUNS = 150
/** Each run reads a whole report; the machine running the suite may be busy. */
const TIMEOUT = 60_000

describe('fuzzed Word and zip files never throw', () => {
  it(
    'docx: byte damage to the package',
    () => {
      for (let seed = 1; seed <= RUNS; seed++) {
        const bytes = mutateBytes(DOCX, seededRandom(seed))
        expectTyped(docxToDocument(`seed-${seed}.docx`, bytes))
      }
    },
    TIMEOUT,
  )

  it(
    'docx: damaged markup in document.xml',
    () => {
      const parts = unzipSync(DOCX)
      const xml = strFromU8(parts['word/document.xml']!)
      for (let seed = 1; seed <= 30; seed++) {
        const damaged = zipSync(
          { ...parts, 'word/document.xml': strToU8(mutateXml(xml, seededRandom(seed))) },
          { level: 0 },
        )
        const read = docxToDocument(`seed-${seed}.docx`, damaged)
        expectTyped(read)
        // Damage to markup loses structure, never the whole document.
        expect(read.ok).toBe(true)
      }
    },
    TIMEOUT,
  )

  it(
    'doc: byte damage anywhere, and inside the streams past the container header',
    () => {
      for (let seed = 1; seed <= RUNS; seed++) {
        const random = seededRandom(seed)
        const bytes = mutateBytes(DOC, random, random() < 0.5 ? 0 : 512)
        expectTyped(docToDocument(`seed-${seed}.doc`, bytes))
      }
    },
    TIMEOUT,
  )

  it(
    'zip: byte damage to the bundle',
    () => {
      for (let seed = 1; seed <= RUNS; seed++) {
        const output = readZipEntries(mutateBytes(ZIP, seededRandom(seed)))
        if (output.kind === 'error') expect(output.error.message).toMatch(/[\u4e00-\u9fff]/)
        else expect(output.kind).toBe('archive')
      }
    },
    TIMEOUT,
  )

  it(
    'rtf: byte damage (braces, backslashes, escapes) gives lines, never an exception',
    () => {
      for (let seed = 1; seed <= RUNS; seed++) {
        const lines = rtfLines(mutateBytes(RTF, seededRandom(seed)))
        expect(Array.isArray(lines)).toBe(true)
      }
    },
    TIMEOUT,
  )
})
