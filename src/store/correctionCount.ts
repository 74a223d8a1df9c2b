import type { IdentityCorrections } from './slices/identitySlice'
import type { CellCorrection } from './types'

/**
 * How many corrections the user made (of the reports in `ids`, when given): a corrected cell and a corrected
 * agency or year count one each, as 更正记录 lists them.
 */
export function correctionCount(
  content: { corrections: readonly CellCorrection[]; identityCorrections: IdentityCorrections },
  ids?: ReadonlySet<string>,
): number {
  const counted = (id: string) => ids === undefined || ids.has(id)
  return (
    content.corrections.filter((correction) => counted(correction.reportId)).length +
    Object.keys(content.identityCorrections).filter(counted).length
  )
}
