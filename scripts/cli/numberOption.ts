/**
 * A whole-number option of a script's command line (`--runs 3`): its value, or `fallback` when the option
 * is not given. A value that is not a whole number of at least `min` is a usage error, not silently replaced.
 */
export function numberOption(args: readonly string[], name: string, fallback: number, min = 0): number {
  const at = args.indexOf(name)
  const value = at < 0 ? fallback : Number(args[at + 1])
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} needs a whole number of at least ${min}`)
  return value
}
