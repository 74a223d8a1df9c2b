import { compactSearchText } from './searchText'

/** More checkboxes than this are neither scannable nor quick to draw; the search box finds the rest. */
export const MAX_AGENCY_OPTIONS = 50

export interface AgencyOptions {
  /** The checkboxes to draw: every selected agency first, then the first matches up to the cap. */
  shown: string[]
  /** Matches left out by the cap. */
  hidden: number
  /** Agencies matching the query (all of them when it is empty). */
  matching: number
}

/** The agencies whose name contains the query, spaces and letter case aside (all of them for no query). */
export function matchingAgencies(agencies: readonly string[], query: string): readonly string[] {
  const needle = compactSearchText(query)
  return needle === '' ? agencies : agencies.filter((agency) => compactSearchText(agency).includes(needle))
}

/**
 * The agency checkboxes for a query: at most `max` matches (in the given order), plus every selected
 * agency so a chosen filter can always be unticked where it was ticked.
 */
export function agencyOptions(
  agencies: readonly string[],
  selected: readonly string[],
  query: string,
  max: number = MAX_AGENCY_OPTIONS,
): AgencyOptions {
  const matches = matchingAgencies(agencies, query)
  const chosen = new Set(selected)
  const pinned = agencies.filter((agency) => chosen.has(agency))
  const others = matches.filter((agency) => !chosen.has(agency))
  const room = Math.max(0, max - pinned.length)
  return {
    shown: [...pinned, ...others.slice(0, room)],
    hidden: Math.max(0, others.length - room),
    matching: matches.length,
  }
}
