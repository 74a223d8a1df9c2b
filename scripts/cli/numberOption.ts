/**
 * A whole-number option of a script's command line (`--runs 3`): its value, or `fallback` when the option
 * is not given. A value that is not a whole number of at least `min` is a usage error, not silently replaced.
 */
export function numberOption(args: readonly string[], name: string, fallback: number, min = 0): number {
  const at = args.indexOf(name)
  const given = args[at + 1] ?? ''
  // Digits only: Number() would also take "", "0x10" and "1e3".
  const value = at < 0 ? fallback : /^\d+$/.test(given) ? Number(given) : NaN
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} needs a whole number of at least ${min}`)
  return value
}
