/** A name's place among the equal names of a list (1 for the first) and how many of them there are. */
export interface NameOccurrence {
  nth: number
  count: number
}

/** For each name in order: which occurrence of that name it is, and how often the name occurs. */
export function nameOccurrences(names: readonly string[]): NameOccurrence[] {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  const seen = new Map<string, number>()
  return names.map((name) => {
    const nth = (seen.get(name) ?? 0) + 1
    seen.set(name, nth)
    return { nth, count: counts.get(name) ?? nth }
  })
}

/**
 * The names with a running "（2）", "（3）"… after each repeat of one, so no two read alike (unless a name is
 * itself written with such a number, which agency names are not).
 */
export function numberedRepeats(names: readonly string[]): string[] {
  return nameOccurrences(names).map(({ nth }, index) => {
    const name = names[index] ?? ''
    return nth === 1 ? name : `${name}（${nth}）`
  })
}
