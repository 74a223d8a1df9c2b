/** The rows of 表二 in both templates (report-model.md), with the keywords that find them. */
import type { ProactiveVariant } from '../model/ids'
import type { RowSpec } from './rowSpec'

/** Header lines ("信息内容 本年制发件数 …") name the rows' columns, never a row. */
const HEADER = /信息内容|件数|数量|金额/

function spec(
  key: string,
  name: string,
  keywords: RegExp,
  columns: readonly string[],
  exact: string[],
): RowSpec {
  return {
    key,
    name,
    keywords,
    exclude: key === 'rules' ? /规范性|信息内容/ : HEADER,
    exact,
    cellIds: columns.map((column) => `proactive.${key}.${column}`),
  }
}

const ITEMS_2019 = ['lastYearItems', 'change', 'decisions'] as const

const SPECS_2021: readonly RowSpec[] = [
  spec('rules', '规章', /规章/, ['issued', 'repealed', 'inForce'], ['规章']),
  spec(
    'normativeDocs',
    '行政规范性文件',
    /规范性文件/,
    ['issued', 'repealed', 'inForce'],
    ['行政规范性文件'],
  ),
  spec('licensing', '行政许可', /行政许可/, ['decisions'], ['行政许可']),
  spec('penalty', '行政处罚', /行政处罚/, ['decisions'], ['行政处罚']),
  spec('enforcement', '行政强制', /行政强制/, ['decisions'], ['行政强制']),
  spec('fees', '行政事业性收费', /事业性收费|收费/, ['amount'], ['行政事业性收费']),
]

const SPECS_2019: readonly RowSpec[] = [
  spec('rules', '规章', /规章/, ['made', 'published', 'total'], ['规章']),
  spec(
    'normativeDocs',
    '规范性文件',
    /规范性文件/,
    ['made', 'published', 'total'],
    ['规范性文件', '行政规范性文件'],
  ),
  spec('licensing', '行政许可', /行政许可/, ITEMS_2019, ['行政许可']),
  spec('otherServices', '其他对外管理服务事项', /对外管理服务/, ITEMS_2019, ['其他对外管理服务事项']),
  spec('penalty', '行政处罚', /行政处罚/, ITEMS_2019, ['行政处罚']),
  spec('enforcement', '行政强制', /行政强制/, ITEMS_2019, ['行政强制']),
  spec('fees', '行政事业性收费', /事业性收费|收费/, ['lastYearItems', 'change'], ['行政事业性收费']),
  spec('procurement', '政府集中采购', /集中采购|采购/, ['items', 'amountYuan'], ['政府集中采购']),
]

export function proactiveRowSpecs(variant: ProactiveVariant): readonly RowSpec[] {
  return variant === '2021' ? SPECS_2021 : SPECS_2019
}

/** Column headers only the 2019 表二 has (国办公开办函〔2019〕60号). */
export const PROACTIVE_2019_HEADERS = /本年新制作|本年新公开|对外公开总数量|上一年项目数量|本年增\/?减/
/** What the raw text of a line needs for PROACTIVE_2019_HEADERS to match it once compacted (search hints). */
export const PROACTIVE_2019_HEADER_WORDS: readonly string[] = [
  '本年新制作',
  '本年新公开',
  '对外公开总数量',
  '上一年项目数量',
  '本年增',
]
/**
 * Columns or blocks only the 2019 表二 has: its headers, its procurement block. (A note, "注：本年度未开展政府
 * 集中采购", can name procurement under a 2021 table; the headers decide then.)
 */
export const PROACTIVE_2019_MARKERS = new RegExp(
  `${PROACTIVE_2019_HEADERS.source}|第二十条第\\(九\\)项|集中采购`,
)
/** Column headers only the 2021 表二 has (国办公开办函〔2021〕30号). */
export const PROACTIVE_2021_HEADERS = /本年制发|本年废止|现行有效|本年收费金额/
