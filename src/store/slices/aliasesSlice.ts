import type { StateCreator } from 'zustand'
import type { AgencyAliases } from '../../core/identity/agencyName'
import type { DashboardState } from '../types'

export type { AgencyAliases }

export interface AliasesSlice {
  /** The user's rules "this name means that agency", e.g. 沭阳县发改局 → 沭阳县发展和改革局. */
  aliases: AgencyAliases
  /** Adds the alias, or points an existing alias at another name. */
  setAlias: (alias: string, canonical: string) => void
  removeAlias: (alias: string) => void
}

export const createAliasesSlice: StateCreator<DashboardState, [], [], AliasesSlice> = (set) => ({
  aliases: {},
  setAlias: (alias, canonical) =>
    set((state) =>
      state.aliases[alias] === canonical ? {} : { aliases: { ...state.aliases, [alias]: canonical } },
    ),
  removeAlias: (alias) =>
    set((state) => {
      if (!(alias in state.aliases)) return {}
      const aliases = { ...state.aliases }
      delete aliases[alias]
      return { aliases }
    }),
})
