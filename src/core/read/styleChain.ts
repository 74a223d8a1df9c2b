/**
 * A style's values along its base chain (a .doc STD's istdBase, a .docx w:basedOn), shared by the Word
 * readers. A corrupt file may base styles on one another in a cycle; the formats do not say what that
 * means, so the cycle is cut at its member of lowest rank, which counts as based on no style. Every style
 * then has one finite chain, its values do not depend on which style was asked for first, and each style
 * is resolved once, however long its chain.
 */
export interface StyleChain<Key, Value> {
  /** The style a style is based on, or undefined when it is based on none the sheet defines. */
  baseOf(key: Key): Key | undefined
  /** A style's values given those of its base. */
  apply(key: Key, base: Value): Value
  /** Where a style stands in the sheet: a cycle is cut at its member of lowest rank. */
  rank(key: Key): number
  /** The values below every chain. */
  root: Value
}

/** Resolves styles along their base chains, caching every style met on the way. */
export function styleChainResolver<Key, Value>(chain: StyleChain<Key, Value>): (key: Key) => Value {
  const resolved = new Map<Key, Value>()
  /** The lowest member of each cycle met, based on no style. */
  const cut = new Set<Key>()

  const resolve = (key: Key): Value => {
    const members: Key[] = []
    const met = new Set<Key>()
    let base = chain.root
    for (let current: Key | undefined = key; current !== undefined;) {
      const known = resolved.get(current)
      if (known !== undefined) {
        base = known
        break
      }
      if (met.has(current)) {
        const cycle = members.slice(members.indexOf(current))
        const ranks = cycle.map((member) => chain.rank(member))
        const lowest = ranks.reduce(
          (found, rank, index) => (rank < (ranks[found] ?? rank) ? index : found),
          0,
        )
        cut.add(cycle[lowest] ?? current)
        return resolve(key)
      }
      met.add(current)
      members.push(current)
      current = cut.has(current) ? undefined : chain.baseOf(current)
    }
    for (const member of members.reverse()) {
      base = chain.apply(member, base)
      resolved.set(member, base)
    }
    return base
  }
  return resolve
}
