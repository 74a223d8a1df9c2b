import { describe, expect, it } from 'vitest'
import { nameOccurrences, numberedRepeats } from '../../../src/core/model/repeatedNames'
import { expectedSeeds } from '../compare/expectedSeeds'

const [first, second] = expectedSeeds().map((seed) => seed.report.agency)
if (!first || !second) throw new Error('the seeds hold two agencies')

describe('nameOccurrences', () => {
  it('counts each name and numbers its occurrences in order, whatever lies between them', () => {
    expect(nameOccurrences([first, second, first, first])).toEqual([
      { nth: 1, count: 3 },
      { nth: 1, count: 1 },
      { nth: 2, count: 3 },
      { nth: 3, count: 3 },
    ])
  })

  it('gives nothing for no names', () => {
    expect(nameOccurrences([])).toEqual([])
  })
})

describe('numberedRepeats', () => {
  it('leaves a first name as it is and numbers each repeat of it', () => {
    expect(numberedRepeats([first, second, first])).toEqual([first, second, `${first}（2）`])
  })

  it('makes every name of the list differ', () => {
    const names = numberedRepeats([first, first, second, first, second])
    expect(new Set(names).size).toBe(names.length)
  })
})
