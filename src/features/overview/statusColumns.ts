import { blankZeroCells, isBlankZero } from '../../core/compare/blankZeroCells'
import { identityCorrectedTexts } from '../../core/identity/identityCorrection'
import { describeCells } from '../../core/model/describeCells'
import { correctedCellsText } from '../corrections/correctedCells'
import { checkSummaryText } from './checkSummary'
import type { OverviewEntry } from './overviewEntries'

/**
 * The columns both overview tables (the CSV and 总览, and 全部单元格) end a report's row with, before 文件:
 * its check status, what the user corrected, and what the reader counted as 0.
 */
export const STATUS_HEADERS = ['检查', '已更正', '空白按 0 计'] as const

/** A report's texts under STATUS_HEADERS; an export works them out once per report for all its tables. */
export type StatusTexts = readonly [check: string, corrected: string, blankZero: string]

/**
 * The agency or year the user corrected and every corrected cell, each with the report's own value; empty
 * when nothing was corrected.
 */
function correctedFiguresText(entry: OverviewEntry): string {
  return [
    ...identityCorrectedTexts(entry.report),
    ...correctedCellsText(entry.report, Object.keys(entry.report.cells)),
  ].join('；')
}

/** Every cell the report left blank and the reader counted as 0 (and the user has not corrected). */
function blankCellsText(entry: OverviewEntry): string {
  const { report } = entry
  return describeCells(
    [...blankZeroCells(report)].filter((id) => isBlankZero(report, id)),
    '；',
  )
}

export function statusTexts(entry: OverviewEntry): StatusTexts {
  return [
    checkSummaryText(entry.row.checks, entry.row.template),
    correctedFiguresText(entry),
    blankCellsText(entry),
  ]
}

/** statusTexts worked out once per entry for one export, whichever of its tables asks first. */
export function statusTextsOnce(): (entry: OverviewEntry) => StatusTexts {
  const texts = new Map<OverviewEntry, StatusTexts>()
  return (entry) => {
    let found = texts.get(entry)
    if (found === undefined) {
      found = statusTexts(entry)
      texts.set(entry, found)
    }
    return found
  }
}
