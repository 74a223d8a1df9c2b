/**
 * The page structure the document is built from: running text with line breaks, and tables as rows of
 * cells. Only what decides lines and cells is kept; inline markup (<span>, <font>, <o:p>, <st1:…>) is
 * transparent, so "20</span><span>23" stays "2023".
 */

export type FlowItem =
  { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'table'; table: TableNode }

export interface CellNode {
  rowspan: number
  colspan: number
  content: FlowItem[]
}

export interface RowNode {
  cells: CellNode[]
  /** First row of a <thead>/<tbody>/<tfoot>: rowspans from earlier groups stop here. */
  startsGroup: boolean
}

export interface TableNode {
  rows: RowNode[]
  /** Caption and text misplaced between rows: shown before the table, as browsers do. */
  before: FlowItem[]
  /** In an element the page hides, kept because it holds a table. */
  hidden?: true
}

export interface PageFlow {
  body: FlowItem[]
  /** Text of each <title>, in document order. */
  titles: string[]
  /** <meta name|property|http-equiv=… content=…>, first occurrence of each name. */
  meta: Record<string, string>
}
