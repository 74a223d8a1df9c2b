/**
 * Remembers the last result and returns it again while every argument is the same reference.
 * Zustand 5 re-renders forever when a selector returns a fresh array for unchanged state, so every
 * derived value goes through this.
 */
export function memoizeByReference<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | undefined
  let lastResult: Result | undefined
  return (...args: Args): Result => {
    if (
      lastArgs !== undefined &&
      lastArgs.length === args.length &&
      lastArgs.every((arg, i) => arg === args[i])
    ) {
      return lastResult as Result
    }
    lastResult = compute(...args)
    lastArgs = args
    return lastResult
  }
}
