import { describe, expect, it } from 'vitest'
import { duplicateOfText } from '../../../src/features/ingest/fileOutcome'
import { noteRemovedOriginals, removedReportNames } from '../../../src/features/ingest/removedReports'
import { expectedSeedEntries } from '../store/expectedReports'

describe('noteRemovedOriginals', () => {
  it('notes a removed report after its name, even when the file name holds a replacement pattern', () => {
    const [seed] = expectedSeedEntries()
    if (seed === undefined) throw new Error('no seed')
    const loaded = { ...seed, fileName: "年报$&$'.txt" }
    const line = {
      id: 'f1',
      name: 'copy.txt',
      size: 1,
      status: 'duplicate' as const,
      message: duplicateOfText(loaded),
      duplicateOf: [loaded.id],
    }
    const names = removedReportNames([loaded], [loaded], new Set([loaded.id]))
    expect(noteRemovedOriginals(line, names, '该份已被移除')).toBe(`${duplicateOfText(loaded)}，该份已被移除`)
  })
})
