/**
 * How a check's message says what it compared: each side in words with its counts, then whether they agree.
 * A supervisor reads "甲 2 件，而乙 0 件，两者不一致" at once, where an equation's 左边 and 右边 meant little.
 */

/** A count as a message says it: "52 件". */
export function countText(value: number): string {
  return `${value} 件`
}

/** The two sides of a comparison, the second contrasted with 而 when they differ ("而 2022 年…" spaced). */
export function comparedSides(left: string, right: string, ok: boolean): string {
  if (ok) return `${left}，${right}，两者一致`
  return `${left}，而${/^\d/.test(right) ? ' ' : ''}${right}，两者不一致`
}
