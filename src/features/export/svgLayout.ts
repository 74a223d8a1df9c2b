/**
 * Text layout without a layout engine: the export runs where nothing can be measured (jsdom, a detached
 * clone), so widths are estimated — CJK and full-width glyphs one em, everything else about 0.6 em.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0
  for (const char of text) width += WIDE.test(char) ? fontSize : fontSize * 0.6
  return width
}

/** Breaks text into lines no wider than maxWidth (by estimate), character by character as Chinese allows. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (line && estimateTextWidth(line + char, fontSize) > maxWidth) {
      lines.push(line)
      line = ''
    }
    line += char
  }
  if (line) lines.push(line)
  return lines
}

export interface LegendEntry {
  label: string
  color: string
}

export interface PlacedLegendEntry extends LegendEntry {
  x: number
  y: number
}

export const LEGEND_SWATCH = 12
export const LEGEND_GAP = 6
const LEGEND_SPACING = 18

/** Places legend entries left to right, wrapping to a new row when the width runs out. */
export function layoutLegend(
  entries: readonly LegendEntry[],
  fontSize: number,
  maxWidth: number,
  lineHeight: number,
): { placed: PlacedLegendEntry[]; height: number } {
  const placed: PlacedLegendEntry[] = []
  let x = 0
  let y = 0
  for (const entry of entries) {
    const width = LEGEND_SWATCH + LEGEND_GAP + estimateTextWidth(entry.label, fontSize)
    if (x > 0 && x + width > maxWidth) {
      x = 0
      y += lineHeight
    }
    placed.push({ ...entry, x, y })
    x += width + LEGEND_SPACING
  }
  return { placed, height: entries.length ? y + lineHeight : 0 }
}
