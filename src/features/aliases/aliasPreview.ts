import { compareAgencyNames } from '../../core/identity/agencyOrder'
import { agencyNormalizer, type AgencyAliases } from '../../core/identity/agencyName'

export interface NameMapping {
  /** The name as a loaded report writes it. */
  written: string
  /** What the dashboard shows and groups it under. */
  canonical: string
  /** True when a user alias (not the built-in expansion) decided it. */
  byAlias: boolean
}

/** Every loaded agency name whose canonical form differs from how it is written, or that an alias maps. */
export function nameMappings(writtenNames: readonly string[], aliases: AgencyAliases): NameMapping[] {
  const unique = [...new Set(writtenNames)].filter((name) => name.trim() !== '')
  const withAliases = agencyNormalizer(aliases)
  const builtIn = agencyNormalizer()
  return unique
    .map((written) => {
      const canonical = withAliases(written)
      return { written, canonical, byAlias: canonical !== builtIn(written) }
    })
    .filter((mapping) => mapping.byAlias || mapping.canonical !== mapping.written)
    .sort((a, b) => compareAgencyNames(a.canonical, b.canonical) || compareAgencyNames(a.written, b.written))
}
