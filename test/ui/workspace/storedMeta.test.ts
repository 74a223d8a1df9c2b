import { describe, expect, it } from 'vitest'
import { readStoredMeta } from '../../../src/features/workspace/storedMeta'
import { firstVersionMeta } from './memoryStorage'

const META = firstVersionMeta(['r0'], '2025-03-01T08:00:00.000Z')

describe('the stored meta record', () => {
  it('reads one saved before identity corrections existed as having none, so the workspace still restores', () => {
    expect(readStoredMeta(META)?.identityCorrections).toEqual({})
  })

  it('keeps identity corrections, and refuses a record whose correction is not one', () => {
    const identityCorrections = { r0: { year: 2022, at: META.savedAt } }
    expect(readStoredMeta({ ...META, identityCorrections })?.identityCorrections).toEqual(identityCorrections)
    expect(readStoredMeta({ ...META, identityCorrections: { r0: { year: '2022', at: META.savedAt } } })).toBe(
      undefined,
    )
  })
})
