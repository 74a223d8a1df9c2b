/** What a blank-as-zero value is: the report left the cell blank and the reader counted it as 0. */
const BLANK_CELL_TITLE = '报告中此格为空白（或“/”“—”“无”），按 0 计'

/** The small flag beside a number the reader counted as 0 from a blank cell (or a sum including one). */
export function BlankMark({ title = BLANK_CELL_TITLE }: { title?: string }) {
  return (
    <span className="blank-mark" title={title} data-blank="true">
      空
    </span>
  )
}
