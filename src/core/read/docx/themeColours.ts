/**
 * Theme colours as Word draws them. A colour or fill may name a colour of the document's theme
 * (w:themeColor, w:themeFill: "background1", "accent1"…, ECMA-376 Part 1, 17.18.97) made lighter or darker
 * (w:themeTint, w:themeShade and their w:themeFill… forms); Word draws the theme's colour
 * (word/theme/theme1.xml, a:clrScheme), mapped by the document's w:clrSchemeMapping (word/settings.xml),
 * and the w:val or w:fill written beside it is only a copy, which a theme redefined since, or a producer
 * that writes no copy, leaves wrong. Whether white text is seen depends on both, so every theme colour is
 * resolved to the colour drawn and written in place of the copy before the text is read. A package
 * without a theme has Word's default Office theme.
 */
import { childElements, findDescendant, firstChild, type XmlElement } from './xmlTree'

/** The scheme's colour slots, by a:clrScheme's element names (lower-cased, as parseXml gives them). */
type Scheme = ReadonlyMap<string, string>

/** Word's default Office theme (2013 onwards). */
const OFFICE_SCHEME: Scheme = new Map([
  ['dk1', '000000'],
  ['lt1', 'FFFFFF'],
  ['dk2', '44546A'],
  ['lt2', 'E7E6E6'],
  ['accent1', '4472C4'],
  ['accent2', 'ED7D31'],
  ['accent3', 'A5A5A5'],
  ['accent4', 'FFC000'],
  ['accent5', '5B9BD5'],
  ['accent6', '70AD47'],
  ['hlink', '0563C1'],
  ['folhlink', '954F72'],
])

/** ST_ColorSchemeIndex (what w:clrSchemeMapping maps to) → a:clrScheme slot. */
const SLOTS: Readonly<Record<string, string>> = {
  dark1: 'dk1',
  light1: 'lt1',
  dark2: 'dk2',
  light2: 'lt2',
  accent1: 'accent1',
  accent2: 'accent2',
  accent3: 'accent3',
  accent4: 'accent4',
  accent5: 'accent5',
  accent6: 'accent6',
  hyperlink: 'hlink',
  followedhyperlink: 'folhlink',
}

/** ST_ThemeColor names that go through the mapping, with its attribute and default. */
const MAPPED: Readonly<Record<string, [attribute: string, fallback: string]>> = {
  background1: ['w:bg1', 'light1'],
  text1: ['w:t1', 'dark1'],
  background2: ['w:bg2', 'light2'],
  text2: ['w:t2', 'dark2'],
  accent1: ['w:accent1', 'accent1'],
  accent2: ['w:accent2', 'accent2'],
  accent3: ['w:accent3', 'accent3'],
  accent4: ['w:accent4', 'accent4'],
  accent5: ['w:accent5', 'accent5'],
  accent6: ['w:accent6', 'accent6'],
  hyperlink: ['w:hyperlink', 'hyperlink'],
  followedhyperlink: ['w:followedhyperlink', 'followedHyperlink'],
}

const HEX = /^[\da-f]{6}$/i

/** The colour a:srgbClr or a:sysClr (its last colour) gives a slot of a:clrScheme. */
function slotColour(slot: XmlElement): string | undefined {
  const rgb = firstChild(slot, 'a:srgbclr')?.attributes.val
  const system = firstChild(slot, 'a:sysclr')?.attributes.lastclr
  const colour = rgb ?? system
  return colour !== undefined && HEX.test(colour) ? colour.toUpperCase() : undefined
}

export interface Theme {
  /** The colour (six hex digits) a theme colour name draws, before tint or shade; undefined if unknown. */
  colour(name: string): string | undefined
}

/** The theme of a package: its theme part (parsed) and its settings part's w:clrSchemeMapping, if any. */
export function readTheme(theme: XmlElement | undefined, settings: XmlElement | undefined): Theme {
  const scheme = new Map(OFFICE_SCHEME)
  const clrScheme = theme && findDescendant(theme, 'a:clrscheme')
  for (const slot of clrScheme ? childElements(clrScheme) : []) {
    const colour = slotColour(slot)
    if (colour !== undefined) scheme.set(slot.name.replace(/^a:/, ''), colour)
  }
  const mapping = settings && findDescendant(settings, 'w:clrschememapping')
  return {
    colour(name) {
      const lower = name.toLowerCase()
      const mapped = MAPPED[lower]
      const index = mapped ? (mapping?.attributes[mapped[0]] ?? mapped[1]) : lower
      const slot = SLOTS[index.toLowerCase()]
      return slot === undefined ? undefined : scheme.get(slot)
    },
  }
}

/** A hex colour made lighter (tint) or darker (shade) by a hex fraction of 255, in HSL, as Word does. */
export function tintedColour(colour: string, tint?: string, shade?: string): string {
  const fraction = (value: string | undefined) => {
    const parsed = Number.parseInt(value ?? '', 16)
    return Number.isFinite(parsed) ? Math.min(255, Math.max(0, parsed)) / 255 : undefined
  }
  const lighter = fraction(tint)
  const darker = fraction(shade)
  if (lighter === undefined && darker === undefined) return colour
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(colour.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ]
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  let lightness = (max + min) / 2
  const delta = max - min
  const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1))
  const hue =
    delta === 0
      ? 0
      : max === r
        ? ((g - b) / delta + 6) % 6
        : max === g
          ? (b - r) / delta + 2
          : (r - g) / delta + 4
  if (lighter !== undefined) lightness = lightness * lighter + (1 - lighter)
  if (darker !== undefined) lightness *= darker
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation
  const second = chroma * (1 - Math.abs((hue % 2) - 1))
  const sector = Math.floor(hue) % 6
  const rgb = [
    [chroma, second, 0],
    [second, chroma, 0],
    [0, chroma, second],
    [0, second, chroma],
    [second, 0, chroma],
    [chroma, 0, second],
  ][sector] ?? [0, 0, 0]
  const base = lightness - chroma / 2
  return rgb
    .map((channel) =>
      Math.round(Math.min(1, Math.max(0, channel + base)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()
}

/** The theme attributes and the attribute holding the copy, of a colour (w:color) and of anything else. */
const THEMED = [
  { name: 'w:themefill', tint: 'w:themefilltint', shade: 'w:themefillshade', copy: () => 'w:fill' },
  {
    name: 'w:themecolor',
    tint: 'w:themetint',
    shade: 'w:themeshade',
    copy: (element: XmlElement) => (element.name === 'w:color' ? 'w:val' : 'w:color'),
  },
] as const

/**
 * Writes the colour each theme colour of the tree draws in place of its copy (w:val of w:color, w:fill and
 * w:color of w:shd, w:color of w:background and borders), and drops the theme attributes it resolved. A
 * theme colour of a name no theme knows is left as written.
 */
export function resolveThemeColours(root: XmlElement, theme: Theme): void {
  for (const element of childElements(root)) {
    for (const themed of THEMED) {
      const name = element.attributes[themed.name]
      if (name === undefined) continue
      const colour = name.toLowerCase() === 'none' ? undefined : theme.colour(name)
      if (colour === undefined) continue
      const { [themed.tint]: tint, [themed.shade]: shade } = element.attributes
      element.attributes[themed.copy(element)] = tintedColour(colour, tint, shade)
      delete element.attributes[themed.name]
      delete element.attributes[themed.tint]
      delete element.attributes[themed.shade]
    }
    resolveThemeColours(element, theme)
  }
}
