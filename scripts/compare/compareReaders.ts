/**
 * Runs two readers (ingestFile) on the same inputs and lists where their results differ: every fixture, then
 * mutated text reports (./mutate.ts). A change meant to make the reader faster must give the same reports,
 * notices and checks; this is how that is shown. Lines are compared by their cells (lineCells), so a
 * change in how a line carries its cells is not a difference.
 */
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { decodeText } from '../../src/core/decode/decodeText'
import { lineCells } from '../../src/core/model/lineCells'
import type { IngestItem } from '../../src/core/ingest/ingestFile'
import type { IngestOptions } from '../../src/core/ingest/options'
import type { SourceLine } from '../../src/core/model/report'
import { walkFiles } from '../cli/walkFiles'
import { mutator } from './mutate'

export type Ingest = (name: string, bytes: Uint8Array, options?: IngestOptions) => Promise<IngestItem[]>

export interface Difference {
  /** "fixture" or "mutant N". */
  input: string
  name: string
  bytes: Uint8Array
  /** The serialised results around the first difference. */
  before: string
  after: string
}

export interface Comparison {
  fixtures: number
  mutants: number
  differences: Difference[]
}

function isLine(value: object): value is SourceLine {
  return 'text' in value && typeof value.text === 'string' && !('outcome' in value)
}

/** JSON with undefined fields kept and every line given its cells. */
function serialise(items: IngestItem[]): string {
  return JSON.stringify(items, (_key, value: unknown) => {
    if (value === undefined) return '<undefined>'
    if (typeof value === 'object' && value !== null && isLine(value))
      return { ...value, cells: lineCells(value) }
    return value
  })
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 160), at + 160)
}

async function compareOne(
  before: Ingest,
  after: Ingest,
  options: IngestOptions,
  input: string,
  name: string,
  bytes: Uint8Array,
): Promise<Difference | undefined> {
  const [a, b] = await Promise.all([before(name, bytes, options), after(name, bytes, options)])
  const left = serialise(a)
  const right = serialise(b)
  if (left === right) return undefined
  let at = 0
  while (at < left.length && left[at] === right[at]) at++
  return { input, name, bytes, before: excerpt(left, at), after: excerpt(right, at) }
}

/** Both readers on every fixture under `fixtureDir`, then on `mutants` mutated text fixtures. */
export async function compareReaders(
  before: Ingest,
  after: Ingest,
  options: { fixtureDir: string; mutants: number; seed: number; ingest: IngestOptions },
): Promise<Comparison> {
  const differences: Difference[] = []
  const paths: string[] = []
  // Ground truth (.json) is left out by the batch command's own folder walk.
  for await (const path of walkFiles(options.fixtureDir)) if (!path.endsWith('README.md')) paths.push(path)
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const found = await compareOne(
      before,
      after,
      options.ingest,
      'fixture',
      name,
      new Uint8Array(readFileSync(path)),
    )
    if (found) differences.push(found)
  }
  const texts = paths
    .filter((path) => /\.(txt|md)$/.test(path))
    .map((path) => decodeText(readFileSync(path)).text)
  const mutate = mutator(options.seed)
  const encoder = new TextEncoder()
  for (let index = 0; index < options.mutants; index++) {
    const text = mutate(texts[index % texts.length] ?? '')
    // Most as UTF-8, some as GB18030, some as UTF-16 with its byte-order mark.
    const encoding = index % 20 === 19 ? 'utf16' : index % 10 === 9 ? 'gb18030' : 'utf8'
    const bytes =
      encoding === 'utf8'
        ? encoder.encode(text)
        : encoding === 'gb18030'
          ? new Uint8Array(iconv.encode(text, 'gb18030'))
          : new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf16le')])
    const found = await compareOne(before, after, options.ingest, `mutant ${index}`, `m${index}.txt`, bytes)
    if (found) differences.push(found)
  }
  return { fixtures: paths.length, mutants: options.mutants, differences }
}
