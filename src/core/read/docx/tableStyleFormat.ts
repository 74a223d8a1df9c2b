/**
 * What a table style (a w:style of w:type="table") sets that decides whether white text in its tables is
 * seen: the run formatting and the cell shading of the whole table (the style's own w:tcPr, or its
 * w:tblStylePr of w:type="wholeTable") and of each conditional part (ECMA-376 Part 1, 17.7.6), the
 * table-wide shading of its w:tblPr, and the size of its bands. A style based on another takes what it does
 * not set from its base, part by part, as any inherited property.
 */
import { propertiesFill } from './shading'
import type { RunFormatting } from './styleSheet'
import { CONDITIONAL_PARTS, type BandSizes, type ConditionalPart } from './tableLook'
import { childElements, firstChild, type XmlElement } from './xmlTree'

export type TablePart = 'wholeTable' | ConditionalPart

/** What one part of a table style sets: its run formatting, and its cells' fill (shadingFill) if any. */
export interface PartFormat {
  run: RunFormatting
  fill?: boolean
}

export interface TableStyleFormat {
  parts: Partial<Record<TablePart, PartFormat>>
  /** The fill of the style's w:tblPr/w:shd, behind the cells of its tables. */
  tableFill?: boolean
  bands: Partial<BandSizes>
}

const PARTS: ReadonlySet<string> = new Set<string>(['wholeTable', ...CONDITIONAL_PARTS])

function bandSize(tableProperties: XmlElement | undefined, name: string): number | undefined {
  const value = Number.parseInt(
    (tableProperties && firstChild(tableProperties, name))?.attributes['w:val'] ?? '',
    10,
  )
  return Number.isFinite(value) && value > 0 ? value : undefined
}

/** The band sizes a w:tblPr sets (a table style's, or a table's own over its style's). */
export function bandSizesOf(tableProperties: XmlElement | undefined): Partial<BandSizes> {
  return definedOnly({
    rows: bandSize(tableProperties, 'w:tblstylerowbandsize'),
    columns: bandSize(tableProperties, 'w:tblstylecolbandsize'),
  })
}

/** Keeps only what is set, so that a base's value shows through what a style leaves unset. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>
}

/** What the style element itself sets; `formattingOf` reads a w:rPr. */
export function ownTableFormat(
  style: XmlElement,
  formattingOf: (properties: XmlElement | undefined) => RunFormatting,
): TableStyleFormat {
  const tableProperties = firstChild(style, 'w:tblpr')
  const parts: TableStyleFormat['parts'] = {}
  const cellFill = propertiesFill(firstChild(style, 'w:tcpr'))
  if (cellFill !== undefined) parts.wholeTable = { run: {}, fill: cellFill }
  for (const part of childElements(style)) {
    const type = part.attributes['w:type'] ?? ''
    if (part.name !== 'w:tblstylepr' || !PARTS.has(type)) continue
    const format: PartFormat = {
      run: formattingOf(firstChild(part, 'w:rpr')),
      fill: propertiesFill(firstChild(part, 'w:tcpr')),
    }
    parts[type as TablePart] = inheritPart(parts[type as TablePart], format)
  }
  return {
    parts,
    tableFill: propertiesFill(tableProperties),
    bands: bandSizesOf(tableProperties),
  }
}

function inheritPart(base: PartFormat | undefined, own: PartFormat): PartFormat {
  return { run: { ...base?.run, ...own.run }, fill: own.fill ?? base?.fill }
}

/** A style's format over its base's: what the style sets wins, part by part. */
export function inheritTableFormat(base: TableStyleFormat, own: TableStyleFormat): TableStyleFormat {
  const parts = { ...base.parts }
  for (const [type, format] of Object.entries(own.parts) as [TablePart, PartFormat][])
    parts[type] = inheritPart(base.parts[type], format)
  return {
    parts,
    tableFill: own.tableFill ?? base.tableFill,
    bands: { ...base.bands, ...own.bands },
  }
}

export const NO_TABLE_FORMAT: TableStyleFormat = { parts: {}, bands: {} }

/** The parts a cell takes, the whole table's first: later ones override earlier ones. */
function partsOf(format: TableStyleFormat, parts: readonly ConditionalPart[]): PartFormat[] {
  return (['wholeTable', ...parts] as const).flatMap((part) => format.parts[part] ?? [])
}

/** The fill the style lays in a cell taking `parts`; undefined where no part of it shades the cell. */
export function cellFill(format: TableStyleFormat, parts: readonly ConditionalPart[]): boolean | undefined {
  return partsOf(format, parts).reduce<boolean | undefined>((fill, part) => part.fill ?? fill, undefined)
}

/** The run formatting the style gives text in a cell taking `parts`, over the style's own w:rPr. */
export function cellRunFormatting(
  format: TableStyleFormat,
  parts: readonly ConditionalPart[],
): RunFormatting {
  return Object.assign({}, ...partsOf(format, parts).map((part) => part.run)) as RunFormatting
}
