/** Colours per series key; colour-blind-safe Tableau 10 hues, outcomes in good → bad → neutral order. */
export const DECISION_COLORS: Record<string, string> = {
  licensing: '#4e79a7',
  penalty: '#f28e2b',
  enforcement: '#e15759',
}

export const FEE_COLORS: Record<string, string> = { fees: '#59a14f' }

export const OUTCOME_COLORS: Record<string, string> = {
  granted: '#59a14f',
  partlyGranted: '#8cd17d',
  refused: '#e15759',
  unavailable: '#f28e2b',
  notProcessed: '#b07aa1',
  otherHandling: '#9d9d9d',
}

/** Years from light to dark, so later years read as "newer". */
const YEAR_RAMP = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b']

/**
 * A colour per year, spread over the whole ramp: three years get its light, middle and dark ends, not three
 * neighbouring dark blues that cannot be told apart. Beyond the ramp's length neighbours repeat.
 */
export function yearColors(seriesKeys: readonly string[]): Record<string, string> {
  const last = YEAR_RAMP.length - 1
  const step = seriesKeys.length > 1 ? last / (seriesKeys.length - 1) : 0
  return Object.fromEntries(
    seriesKeys.map((key, i) => [
      key,
      YEAR_RAMP[seriesKeys.length > 1 ? Math.round(i * step) : last] ?? '#4292c6',
    ]),
  )
}

export const FALLBACK_COLOR = '#4e79a7'
