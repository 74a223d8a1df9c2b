import {
  SMALL_SAMPLE_THRESHOLD,
  type OverviewFigureKey,
  type OverviewRow,
} from '../../core/compare/overviewRow'
import type { FigureKind } from '../format/formatFigure'

/** The numeric overview columns: header text (UI contract order) and how their numbers are written. */
export const FIGURE_COLUMNS: readonly { key: OverviewFigureKey; header: string; kind: FigureKind }[] = [
  { key: 'licensing', header: '行政许可', kind: 'count' },
  { key: 'penalty', header: '行政处罚', kind: 'count' },
  { key: 'enforcement', header: '行政强制', kind: 'count' },
  { key: 'fees', header: '收费（万元）', kind: 'decimal' },
  { key: 'received', header: '新收申请', kind: 'count' },
  { key: 'granted', header: '予以公开', kind: 'count' },
  { key: 'partlyGranted', header: '部分公开', kind: 'count' },
  { key: 'refused', header: '不予公开', kind: 'count' },
  { key: 'unavailable', header: '无法提供', kind: 'count' },
  { key: 'notProcessed', header: '不予处理', kind: 'count' },
  { key: 'otherHandling', header: '其他处理', kind: 'count' },
  { key: 'disclosureRate', header: '实质公开率', kind: 'rate' },
  { key: 'reconsideration', header: '行政复议', kind: 'count' },
  { key: 'litigation', header: '行政诉讼', kind: 'count' },
]

/** Whether the row's figure under `key` is a rate over too few applications to say much: starred, and noted in exports. */
export function isSmallSample(row: OverviewRow, key: OverviewFigureKey): boolean {
  return key === 'disclosureRate' && row.disclosureRateSmallSample
}

/**
 * Why a figure has no value though nothing is unread (实质公开率 of a report that handled no application):
 * said on the page and in the exports.
 */
export function notApplicableNote(key: OverviewFigureKey): string | undefined {
  return key === 'disclosureRate' ? '无办结申请，不计算比例' : undefined
}

/** What the star beside a small-sample rate means, said in its tooltip, to screen readers and under the table. */
export const SMALL_SAMPLE_NOTE = `办结申请少于 ${SMALL_SAMPLE_THRESHOLD} 件，比例仅供参考`
