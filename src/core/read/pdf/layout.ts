/** A cell of a PDF line: merged glyphs with their horizontal extent and baseline. */
export interface LayoutCell {
  text: string
  x: number
  right: number
  y: number
  size: number
}

/** Glyphs that share a baseline, merged into cells and sorted left to right. */
export interface LayoutLine {
  y: number
  size: number
  cells: LayoutCell[]
}

export function lineRight(line: LayoutLine): number {
  return Math.max(...line.cells.map((cell) => cell.right))
}

export function lineText(line: LayoutLine): string {
  return line.cells.map((cell) => cell.text).join(' ')
}

export function cellCenter(cell: Pick<LayoutCell, 'x' | 'right'>): number {
  return (cell.x + cell.right) / 2
}
