import { cellCenter, type LayoutCell } from './layout'
import { valuesRun } from './valueRuns'

/**
 * The numeric columns of one table, so that a row with a blank cell still puts each number under
 * its header: a blank PDF cell has no glyph at all, and without columns "4 0 4" in a seven-column
 * row could not say which columns are empty.
 */
export interface ColumnGuide {
  /** Where each column's cells sit, measured at `anchor`. */
  centers: number[]
  /** Digits are centred, left- or right-aligned: the edge the columns were measured at. */
  anchor: Anchor
  /** How far a cell may sit from its column. */
  tolerance: number
}

export type Anchor = 'center' | 'left' | 'right'

function anchorOf(cell: LayoutCell, anchor: Anchor): number {
  if (anchor === 'left') return cell.x
  if (anchor === 'right') return cell.right
  return cellCenter(cell)
}

/** Header text may sit a little off the digits' centre (left-aligned two-line headers). */
const HEADER_SLACK = 1.5
/** More header leaves than this beyond the value columns means the header is not this table's. */
const MAX_EXTRA_HEADER_COLUMNS = 3
/** Two columns closer than this share of the tightest spacing inside one row cannot both be real. */
const CROWDED_COLUMNS = 0.6
/** Neighbouring header leaves of one run of columns stand this close to their median spacing (as a share). */
const REGULAR_SPACING = 0.25

function groupsOf(centers: readonly number[], tolerance: number): number[][] {
  const sorted = [...centers].sort((a, b) => a - b)
  const groups: number[][] = []
  for (const center of sorted) {
    const last = groups[groups.length - 1]
    if (last && center - (last[last.length - 1] as number) <= tolerance) last.push(center)
    else groups.push([center])
  }
  return groups
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

function cluster(centers: readonly number[], tolerance: number): number[] {
  return groupsOf(centers, tolerance).map(mean)
}

/**
 * Value columns; a cluster that crowds its neighbour (closer than any two cells of one row are)
 * is a stray cell, not a column, and the one with fewer cells goes: its row stays as read.
 */
function valueColumnsOf(positions: readonly number[], tolerance: number, rowSpacing: number): number[] {
  const groups = groupsOf(positions, tolerance)
  let index = 1
  while (index < groups.length) {
    const previous = groups[index - 1] as number[]
    const current = groups[index] as number[]
    if (mean(current) - mean(previous) >= CROWDED_COLUMNS * rowSpacing) {
      index++
      continue
    }
    groups.splice(current.length < previous.length ? index : index - 1, 1)
  }
  return groups.map(mean)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function nearest(centers: readonly number[], x: number): { index: number; distance: number } {
  let best = { index: -1, distance: Infinity }
  centers.forEach((center, index) => {
    const distance = Math.abs(center - x)
    if (distance < best.distance) best = { index, distance }
  })
  return best
}

/** The tightest distance between two neighbouring cells of one row. */
function rowSpacing(rows: readonly (readonly LayoutCell[])[]): number {
  let closest = Infinity
  for (const row of rows) {
    for (let i = 1; i < row.length; i++) {
      closest = Math.min(closest, cellCenter(row[i] as LayoutCell) - cellCenter(row[i - 1] as LayoutCell))
    }
  }
  return closest
}

function tolerance(rows: readonly (readonly LayoutCell[])[]): number {
  return Math.min(0.5 * median(rows.flat().map((cell) => cell.size)), 0.35 * rowSpacing(rows))
}

/** Header cells with no other header cell under them: the lowest header row ("自然人", "商业企业"…). */
export function headerLeaves(header: readonly LayoutCell[]): LayoutCell[] {
  return header.filter(
    (cell) =>
      !header.some(
        (other) =>
          other !== cell &&
          other.y < cell.y - 0.5 * cell.size &&
          cellCenter(other) >= cell.x &&
          cellCenter(other) <= cell.right,
      ),
  )
}

/** The alignment that explains the values with the fewest columns (centred when tied). */
function chooseAnchor(cells: readonly LayoutCell[], tol: number): Anchor {
  const anchors: Anchor[] = ['center', 'left', 'right']
  const counts = anchors.map(
    (anchor) =>
      cluster(
        cells.map((cell) => anchorOf(cell, anchor)),
        tol,
      ).length,
  )
  return anchors[counts.indexOf(Math.min(...counts))] ?? 'center'
}

/** The gaps between neighbouring columns of a run, when each is within REGULAR_SPACING of their median. */
function regularGaps(run: readonly number[]): number[] | undefined {
  const gaps = run.slice(1).map((center, index) => center - (run[index] as number))
  const gap = median(gaps)
  return gaps.some((step) => Math.abs(step - gap) > REGULAR_SPACING * gap) ? undefined : gaps
}

/**
 * Columns from header leaves in a regular run whose columns stand right of the labels, where the values
 * alone cannot place them: a table whose rows print values in few of its columns (表二 of a county
 * department: 规章 blank, 行政规范性文件 only "12" under 现行有效件数). Every value column must stand inside
 * its own leaf's column (halfway to the neighbouring leaves, the run's end columns as wide as their
 * neighbour's spacing), all at one offset from their leaf (digits aligned alike), and the run may add no
 * more columns than a header that fits; otherwise undefined.
 */
function headerRunColumns(
  leaves: readonly LayoutCell[],
  valueColumns: readonly number[],
  columnCenters: readonly number[],
  tol: number,
  rowSpacing: number,
  labelsRight: number,
): number[] | undefined {
  const run = cluster(leaves.map(cellCenter), tol)
  // The label column's own header (信息内容 centred over left-aligned labels) is a leaf right of the labels'
  // text, yet its column, as wide as the spacing to the next leaf, reaches back over them.
  while (run.length >= 2 && (run[0] as number) - ((run[1] as number) - (run[0] as number)) / 2 < labelsRight)
    run.shift()
  if (run.length <= valueColumns.length || run.length > valueColumns.length + MAX_EXTRA_HEADER_COLUMNS) return
  const gaps = regularGaps(run)
  if (!gaps) return
  const spacing = Math.min(median(gaps), rowSpacing)
  if (gaps.some((step) => step < CROWDED_COLUMNS * spacing)) return
  const halfWidth = (index: number, side: number) =>
    ((gaps[side < 0 ? index - 1 : index] ?? gaps[side < 0 ? index : index - 1]) as number) / 2
  const taken = new Set<number>()
  const offsets: number[] = []
  for (const [column, center] of columnCenters.entries()) {
    const { index, distance } = nearest(run, center)
    if (taken.has(index) || distance >= halfWidth(index, Math.sign(center - (run[index] as number)))) return
    taken.add(index)
    offsets.push((valueColumns[column] as number) - (run[index] as number))
  }
  const offset = mean(offsets)
  if (offsets.some((each) => Math.abs(each - offset) > tol)) return
  return run.map((center) => {
    const value = nearest(valueColumns, center + offset)
    return value.distance <= tol ? (valueColumns[value.index] as number) : center + offset
  })
}

/**
 * A table none of whose rows prints a digit (表二 with every 0 left blank) has only its header to measure:
 * the leaves that start right of the labels, at their centres (where centred digits stand).
 */
function headerOnlyColumns(
  header: readonly LayoutCell[],
  labelsRight: number | undefined,
): ColumnGuide | undefined {
  if (labelsRight === undefined) return undefined
  const leaves = headerLeaves(header).filter((cell) => cell.x > labelsRight)
  if (leaves.length === 0) return undefined
  const tol = 0.5 * median(leaves.map((cell) => cell.size))
  return { centers: cluster(leaves.map(cellCenter), tol), anchor: 'center', tolerance: tol }
}

/**
 * The header's leaves as the columns of a lone row of values with no label (表四's fifteen cells with every 0
 * left blank, "2 1 1 4 1 1 2" under three groups of five leaves): the leaves stand in one regular run, and
 * every value is set as its own leaf is, their left edges, centres or right edges agreeing (digits and header
 * text aligned alike in their column). A value set as no leaf is (across the border of two leaves' columns)
 * proves no column: undefined. Bounded by nothing else, so only for a row its page shows whole (tableRows.ts).
 */
function leafColumns(
  values: readonly LayoutCell[],
  header: readonly LayoutCell[],
  tol: number,
): ColumnGuide | undefined {
  const leaves = headerLeaves(header)
  const columns = groupsOf(leaves.map(cellCenter), tol).map((centers) =>
    leaves.filter((leaf) => centers.includes(cellCenter(leaf))),
  )
  if (columns.length <= values.length) return undefined
  if (!regularGaps(columns.map((column) => mean(column.map(cellCenter))))) return undefined
  const anchors: Anchor[] = ['center', 'left', 'right']
  for (const anchor of anchors) {
    const edges = columns.map((column) => mean(column.map((leaf) => anchorOf(leaf, anchor))))
    const placed = values.map((cell) => nearest(edges, anchorOf(cell, anchor)))
    const taken = new Set(placed.map((place) => place.index))
    if (taken.size === values.length && placed.every((place) => place.distance <= tol))
      return { centers: edges, anchor, tolerance: tol }
  }
  return undefined
}

/**
 * Columns from the value cells of the rows and the header above them. The header decides only
 * when every value column lies under one of its leaves, so a wrong header cannot add columns;
 * a table continued from the previous page may reuse that page's columns on the same terms, and one of
 * rows without a value (labels alone) takes them as they are.
 * `labelsRight` is where the rows' labels end: header leaves right of it may stand over columns
 * no row prints a value in. `loneRow`: the table is one row of values without a label, shown whole on its
 * page, whose header's leaves alone may place its blanks (leafColumns).
 */
export function tableColumns(
  rows: readonly (readonly LayoutCell[])[],
  header: readonly LayoutCell[],
  inherited: ColumnGuide | undefined,
  labelsRight?: number,
  loneRow = false,
): ColumnGuide | undefined {
  const cells = rows.flat()
  // Rows that print no digit (labels alone) have nothing to measure: they take the table's they continue.
  if (cells.length === 0) return inherited ?? headerOnlyColumns(header, labelsRight)
  const tol = tolerance(rows)
  const byLeaves = loneRow ? leafColumns(cells, header, tol) : undefined
  if (byLeaves) return byLeaves
  const anchor = chooseAnchor(cells, tol)
  const spacing = rowSpacing(rows)
  const valueColumns = valueColumnsOf(
    cells.map((cell) => anchorOf(cell, anchor)),
    tol,
    spacing,
  )
  // Headers are centred over their column: compare them with the centres of the column's cells.
  const columnCenters = valueColumns.map((position) => {
    const members = cells.filter((cell) => Math.abs(anchorOf(cell, anchor) - position) <= tol)
    return members.reduce((sum, cell) => sum + cellCenter(cell), 0) / Math.max(1, members.length)
  })
  const offset =
    valueColumns.reduce((sum, position, index) => sum + position - (columnCenters[index] as number), 0) /
    valueColumns.length
  const left = Math.min(...cells.map((cell) => cell.x)) - 2 * tol
  const right = Math.max(...cells.map((cell) => cell.right)) + 2 * tol
  const allLeaves = headerLeaves(header)
  const leaves = allLeaves.filter((cell) => cellCenter(cell) >= left && cellCenter(cell) <= right)
  // A leaf closer to a value column than two columns of one row stand, yet not over it, is no column of its
  // own: a merged cell whose text is narrower than the columns it spans (行政诉讼 centred over its two
  // groups' ten columns), which as a column would put a blank among a row's numbers.
  const headerColumns = cluster(leaves.map(cellCenter), tol).filter((center) => {
    const { distance } = nearest(columnCenters, center)
    return distance <= HEADER_SLACK * tol || distance >= CROWDED_COLUMNS * spacing
  })
  const headerFits =
    headerColumns.length >= valueColumns.length &&
    headerColumns.length <= valueColumns.length + MAX_EXTRA_HEADER_COLUMNS &&
    columnCenters.every((center) => nearest(headerColumns, center).distance <= HEADER_SLACK * tol)
  // The leaves beyond the values' extent may add the columns the bounded header could not.
  const run =
    labelsRight === undefined
      ? undefined
      : headerRunColumns(
          allLeaves.filter((cell) => cellCenter(cell) > labelsRight),
          valueColumns,
          columnCenters,
          tol,
          spacing,
          labelsRight,
        )
  if (headerFits && !(run && run.length > headerColumns.length)) {
    const centers = headerColumns.map((center) => {
      const value = nearest(columnCenters, center)
      return value.distance <= HEADER_SLACK * tol ? (valueColumns[value.index] as number) : center + offset
    })
    return { centers, anchor, tolerance: tol }
  }
  const fitsInherited =
    !headerFits &&
    inherited !== undefined &&
    inherited.anchor === anchor &&
    inherited.centers.length > valueColumns.length &&
    valueColumns.every((position) => nearest(inherited.centers, position).distance <= tol)
  if (fitsInherited) return inherited
  if (run) return { centers: run, anchor, tolerance: tol }
  return { centers: valueColumns, anchor, tolerance: tol }
}

/** A cell of a PDF line with where it stands: its horizontal centre on the page. */
export interface PlacedCell {
  text: string
  center: number
}

const placed = (cell: LayoutCell): PlacedCell => ({ text: cell.text, center: cellCenter(cell) })

/**
 * A row's value cells laid into the columns, "" where a column has no cell (standing at the column). When
 * a cell does not fit (off every column, or two in one column) the row is returned as it was read: better a
 * short row the report reader flags than numbers moved to a column they were not in.
 */
export function alignValues(values: readonly LayoutCell[], columns: ColumnGuide | undefined): PlacedCell[] {
  if (!columns || columns.centers.length <= values.length) return values.map(placed)
  const slots: (PlacedCell | undefined)[] = columns.centers.map(() => undefined)
  const slotOf = (cell: LayoutCell): number | undefined => {
    const { index, distance } = nearest(columns.centers, anchorOf(cell, columns.anchor))
    return distance > HEADER_SLACK * columns.tolerance || slots[index] !== undefined ? undefined : index
  }
  for (const cell of values) {
    // Values of neighbouring cells read as one: each into its own column when each stands at one.
    const run = valuesRun(cell)?.map((value) => ({ value, index: slotOf(value) }))
    const spread =
      run !== undefined &&
      run.every(({ index }) => index !== undefined) &&
      new Set(run.map(({ index }) => index)).size === run.length
    if (spread) {
      for (const { value, index } of run) slots[index as number] = placed(value)
      continue
    }
    const index = slotOf(cell)
    if (index === undefined) return values.map(placed)
    slots[index] = placed(cell)
  }
  // A blank's column is measured at the digits' anchor, not always their centre: near enough to order it.
  return slots.map((slot, index) => slot ?? { text: '', center: columns.centers[index] ?? 0 })
}
