import { describe, expect, it } from 'vitest'
import { numberOption } from '../../../scripts/cli/numberOption'

describe('numberOption', () => {
  it('reads the value after the option, or gives the fallback when the option is absent', () => {
    expect(numberOption(['REV', '--mutants', '200', '--seed', '7'], '--mutants', 1000)).toBe(200)
    expect(numberOption(['REV', '--mutants', '200', '--seed', '7'], '--seed', 1)).toBe(7)
    expect(numberOption(['--core'], '--runs', 3, 1)).toBe(3)
  })

  it.each([
    ['a word', ['--runs', 'three']],
    ['a fraction', ['--runs', '2.5']],
    ['nothing', ['--runs']],
    ['an empty value', ['--runs', '']],
    ['a hexadecimal number', ['--runs', '0x10']],
    ['an exponent', ['--runs', '1e3']],
    ['too small a number', ['--runs', '0']],
  ])('refuses %s instead of falling back silently', (_name, args) => {
    expect(() => numberOption(args, '--runs', 3, 1)).toThrow('--runs needs a whole number of at least 1')
  })
})
