import { isSmallSample, SMALL_SAMPLE_NOTE } from './overviewColumnsSpec'
import type { OverviewEntry } from './overviewEntries'

interface SmallSampleNoteProps {
  entries: readonly OverviewEntry[]
  /** The 实质公开率 column is shown (it can be hidden from the 列 menu). */
  rateShown: boolean
}

/**
 * The footnote to the table's "*": a tooltip alone never reaches touch or keyboard users, so the meaning
 * is written out under the table whenever a starred rate is in it.
 */
export function SmallSampleNote({ entries, rateShown }: SmallSampleNoteProps) {
  if (!rateShown || !entries.some((entry) => isSmallSample(entry.row, 'disclosureRate'))) return null
  return (
    <p className="overview-note" data-testid="small-sample-note">
      <span aria-hidden="true">* </span>
      {SMALL_SAMPLE_NOTE}
    </p>
  )
}
