import { agencyKeyerOf, agencyNormalizer, type AgencyAliases } from './agencyName'

/**
 * One display name per agency, so that 沭阳县发改局 and 沭阳县发展和改革局 are one row group, one filter entry
 * and one chart bar. A name is only renamed when it shares its agency with another written name or the user
 * gave it an alias: a report whose name is unique keeps it exactly as the report wrote it.
 *
 * The name shown for a group is the user's canonical name when an alias points there, otherwise the
 * longest written form (the full official name rather than the abbreviation), ties in code-point order.
 *
 * @returns written name → display name, for every name that changes.
 */
export function displayAgencyNames(
  names: Iterable<string>,
  aliases: AgencyAliases = {},
): Map<string, string> {
  const normalize = agencyNormalizer(aliases)
  const keyOf = agencyKeyerOf(normalize)
  const groups = new Map<string, Set<string>>()
  for (const name of names) {
    const key = keyOf(name)
    const group = groups.get(key)
    if (group) group.add(name)
    else groups.set(key, new Set([name]))
  }
  const targets = aliasTargets(aliases)
  const renamed = new Map<string, string>()
  for (const group of groups.values()) {
    const written = [...group]
    const canonical = written
      .map((name) => targets.get(normalize(name)))
      .find((target) => target !== undefined)
    if (written.length < 2 && canonical === undefined) continue
    const shown = canonical ?? longestName(written)
    for (const name of written) if (name !== shown) renamed.set(name, shown)
  }
  return renamed
}

/** Normalised form → the canonical name as the user typed it (normalisation turns （） into ()). */
function aliasTargets(aliases: AgencyAliases): Map<string, string> {
  const targets = new Map<string, string>()
  const builtIn = agencyNormalizer()
  for (const canonical of Object.values(aliases)) {
    if (canonical.trim() !== '') targets.set(builtIn(canonical), canonical)
  }
  return targets
}

function longestName(names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? ''
}
