/**
 * Turns tokens into the page flow, repairing what browsers repair: unclosed <td>/<tr>/<p>, rows without
 * <tbody>, stray end tags, tables never closed. Elements hidden (display:none, opacity:0, placed off the
 * screen, in a box of no width or height that clips what overflows it, or
 * visibility:hidden in their style attribute or a matching rule of the page's <style> elements, or the
 * `hidden` attribute where the page sets no display of its own), deleted or
 * struck-through text (<del>, <s>, line-through: the old value an editor left beside the new one) and text
 * set in a font of size 0 or in a colour not seen (transparent, white where nothing paints a background, or
 * the very colour of the background painted behind it: characters some sites slip into numbers against
 * copying, see textColour) are dropped up to where
 * a browser ends them (elementEnds: their end tag, or the tag that implies it; a popup menu is not the
 * report) — unless they stay open to the page's end, or hold a table: some sites hide the
 * article until a script shows it, and losing the report is worse than a duplicate. Tables kept that way are
 * marked hidden, so a visible copy of them can be read instead. visibility:hidden is inherited, not final:
 * an invisible element holding one that may show itself again (visibility:visible, or a rule we cannot
 * match that may show it) is walked, and only the text of what shows is read, as a browser draws it; so is
 * an element of font size 0 holding one that sets a size of its own, and one of a colour not seen holding
 * one that sets a colour seen or paints a background. Text the style sheet draws before or after a shown
 * element (`::before`/`::after` content, see generatedContent) is read in its place, as a browser shows it,
 * and a closed <details> shows its first <summary> only.
 */
import type { CellNode, FlowItem, PageFlow, RowNode, TableNode } from './flow'
import { BLOCK_ELEMENTS } from './blockElements'
import { elementEnds } from './elementEnds'
import { type FlowMark, overridesRightToLeft, reverseSince } from './overriddenOrder'
import { ROW_GROUPS } from './openElements'
import {
  backdropBehind,
  generatedText,
  hiddenByAttribute,
  mayBeVisible,
  ownBaseline,
  setsOwnSize,
  setOffBaseline,
  setsSeenInk,
  styleHiding,
} from './styleHidden'
import { shiftsDiffer } from './baselineShift'
import { baselineWithin, BaselineStack, bracketIfMark, pageMovesText } from './shiftedMarks'
import { appliesOnScreen, readStyleSheet, type StyleRule, type StyleSheet } from './styleSheet'
import { chainMatches } from './styleTree'
import type { HtmlToken } from './tokenize'
import { PAGE_WHITE } from './textColour'
import { BackdropStack, holdsShowing, type StartToken, VisibilityStack } from './visibility'

const STRUCK_STYLE = /(?:^|[;\s])text-decoration(?:-line)?\s*:[^;]*line-through/i
/** A struck or size-0 table cell is still drawn: its text goes, the cell stays, so its row keeps its columns. */
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th'])
/** Deleted or struck-through text: the old value an editor left beside the new one. */
const STRUCK_ELEMENTS: ReadonlySet<string> = new Set(['del', 's', 'strike'])
const MAX_SPAN = 1000
/**
 * Hidden elements kept inside another kept one before hidden-element detection gives up: each rescans
 * what the outer one scanned, so nested wrappers make the scans quadratic. Kept siblings scan apart from
 * each other and are not counted: a page's style sheet hides every tab pane but one, and 100 panes each
 * holding a table must not switch detection off for the rest of the page.
 */
const MAX_KEPT_HIDDEN = 64
/** Deeper tables are read as text: real pages nest a few levels, and rendering recurses per level. */
const MAX_TABLE_DEPTH = 32

interface TableContext {
  table: TableNode
  row: RowNode | undefined
  cell: CellNode | undefined
  /** The row group ended: the next row starts a new one. */
  groupBoundary: boolean
}

function spanAttribute(value: string | undefined): number {
  const parsed = value === undefined ? NaN : parseInt(value, 10)
  return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, MAX_SPAN) : 1
}

type Hiding = 'hidden' | 'invisible' | 'struck' | 'zero-size' | 'unseen-ink'

/**
 * Text that is not what the report says: 'hidden' (display:none, `hidden`), 'invisible'
 * (visibility:hidden, which a descendant may undo with visibility:visible), 'struck'
 * (deleted or struck through: <del>, <s>, <strike>, line-through), 'zero-size' (a font size of 0, which
 * hides only the text its children do not set in a size of their own: a layout trick puts it on containers
 * to close the gaps between inline blocks), 'unseen-ink' (a transparent colour, or white `onWhite`, which
 * hides only the text its children do not set in a colour seen). `walkedToo`: size-0 and unseen-ink
 * elements may still be walked (see MAX_KEPT_HIDDEN).
 */
function hiding(
  name: string,
  attributes: Record<string, string>,
  walkedToo: boolean,
  behind: string | undefined,
  sheet: StyleSheet,
  chainRules: readonly StyleRule[],
): Hiding | undefined {
  const byStyle = styleHiding(sheet, name, attributes, chainRules, behind)
  if (byStyle === 'display' || byStyle === 'opacity' || byStyle === 'offscreen' || byStyle === 'clipped')
    return 'hidden'
  if (hiddenByAttribute(sheet, name, attributes, chainRules)) return 'hidden'
  if (byStyle === 'visibility') return 'invisible'
  if (STRUCK_ELEMENTS.has(name) || STRUCK_STYLE.test(attributes.style ?? '')) return 'struck'
  if (!walkedToo) return undefined
  if (byStyle === 'fontSize') return 'zero-size'
  return byStyle === 'color' ? 'unseen-ink' : undefined
}

class FlowBuilder {
  readonly body: FlowItem[] = []
  readonly titles: string[] = []
  readonly meta: Record<string, string> = {}
  private readonly tables: TableContext[] = []
  private inTitle = false
  /** Inside a hidden element kept for its tables. */
  inHidden = false
  private preDepth = 0
  /** How far the last text in the open cell is moved off the baseline (see shiftedMarks); none yet. */
  shiftBefore: number | undefined
  /** Newlines outside tables end lines, as in <pre>: a text file holding tables as HTML (see textWithTables). */
  constructor(private readonly linesOutsideTables = false) {}
  /** <table>s opened beyond MAX_TABLE_DEPTH, whose end tags must not close a real table. */
  private ignoredTables = 0

  /** Where what comes next is added: to reverse it once its element ends (see overriddenOrder). */
  mark(): FlowMark {
    const items = this.target()
    return { items, from: items.length }
  }

  private target(): FlowItem[] {
    const context = this.tables[this.tables.length - 1]
    if (context === undefined) return this.body
    return context.cell?.content ?? context.table.before
  }

  /** `shift`: how far the text is moved off the baseline, when known (see shiftedMarks). */
  text(text: string, shift?: number): void {
    if (this.inTitle) {
      this.titles.push(text)
      return
    }
    const context = this.tables[this.tables.length - 1]
    if (context !== undefined && context.cell === undefined && text.trim() === '') return
    if (shift !== undefined && context?.cell !== undefined && text.trim() !== '') this.shiftBefore = shift
    const breaksLines = this.preDepth > 0 || (this.linesOutsideTables && context === undefined)
    if (breaksLines && text.includes('\n')) {
      text.split(/\r?\n/).forEach((part, index) => {
        if (index > 0) this.target().push({ kind: 'break' })
        this.target().push({ kind: 'text', text: part })
      })
      return
    }
    this.target().push({ kind: 'text', text })
  }

  start(name: string, attributes: Record<string, string>): void {
    if (name === 'title') this.inTitle = true
    else if (name === 'meta') this.readMeta(attributes)
    else if (name === 'table') this.openTable()
    else if (name === 'tr') this.openRow()
    else if (name === 'td' || name === 'th') this.openCell(attributes)
    else if (ROW_GROUPS.has(name) || name === 'caption') this.endRowGroup()
    else if (BLOCK_ELEMENTS.has(name)) this.target().push({ kind: 'break' })
    if (name === 'pre') this.preDepth++
  }

  /**
   * Text set off the baseline in a table cell is a footnote mark ("1436<sup>1</sup>", a <sub>, or a span
   * styled `vertical-align: super`): bracketed, it is a note the number reader drops with a notice instead
   * of a digit run into the number.
   */
  footnoteMark(bracket: '[' | ']'): void {
    if (this.inCell()) this.text(bracket)
  }

  inCell(): boolean {
    return this.tables[this.tables.length - 1]?.cell !== undefined
  }

  end(name: string): void {
    const context = this.tables[this.tables.length - 1]
    if (name === 'title') this.inTitle = false
    else if (name === 'table') this.closeTable()
    else if (context !== undefined && (name === 'td' || name === 'th')) context.cell = undefined
    else if (context !== undefined && name === 'tr') this.closeRow(context)
    else if (ROW_GROUPS.has(name) || name === 'caption') this.endRowGroup()
    else if (BLOCK_ELEMENTS.has(name)) this.target().push({ kind: 'break' })
    if (name === 'pre' && this.preDepth > 0) this.preDepth--
  }

  private readMeta(attributes: Record<string, string>): void {
    const name = attributes.name ?? attributes.property ?? attributes['http-equiv']
    const content = attributes.content
    if (name === undefined || name === '' || content === undefined || name in this.meta) return
    this.meta[name] = content
  }

  private openTable(): void {
    if (this.tables.length >= MAX_TABLE_DEPTH) {
      this.ignoredTables++
      this.target().push({ kind: 'break' })
      return
    }
    const table: TableNode = { rows: [], before: [] }
    if (this.inHidden) table.hidden = true
    this.target().push({ kind: 'table', table })
    this.tables.push({ table, row: undefined, cell: undefined, groupBoundary: false })
  }

  private closeTable(): void {
    if (this.ignoredTables > 0) this.ignoredTables--
    else this.tables.pop()
  }

  private closeRow(context: TableContext): void {
    context.cell = undefined
    context.row = undefined
  }

  private endRowGroup(): void {
    const context = this.tables[this.tables.length - 1]
    if (context === undefined) return
    this.closeRow(context)
    context.groupBoundary = true
  }

  private openRow(): RowNode | undefined {
    const context = this.tables[this.tables.length - 1]
    if (context === undefined) {
      this.body.push({ kind: 'break' })
      return undefined
    }
    const row: RowNode = { cells: [], startsGroup: context.groupBoundary }
    context.groupBoundary = false
    context.table.rows.push(row)
    context.row = row
    context.cell = undefined
    return row
  }

  private openCell(attributes: Record<string, string>): void {
    const context = this.tables[this.tables.length - 1]
    if (context === undefined) {
      this.body.push({ kind: 'break' })
      return
    }
    const row = context.row ?? this.openRow()
    if (row === undefined) return
    const cell: CellNode = {
      rowspan: spanAttribute(attributes.rowspan),
      colspan: spanAttribute(attributes.colspan),
      content: [],
    }
    row.cells.push(cell)
    context.cell = cell
    this.shiftBefore = undefined
  }
}

function isStyleText(tokens: HtmlToken[], index: number): boolean {
  const previous = tokens[index - 1]
  return tokens[index]?.type === 'text' && previous?.type === 'start' && previous.name === 'style'
}

/**
 * The text of every <style> element for the screen: browsers apply each to the whole page, wherever it
 * stands, unless its `media` attribute is for print or a conditional screen (see appliesOnScreen).
 */
function styleTexts(tokens: HtmlToken[]): string[] {
  const texts: string[] = []
  tokens.forEach((token, index) => {
    const style = tokens[index - 1]
    if (token.type !== 'text' || style?.type !== 'start' || !isStyleText(tokens, index)) return
    if (appliesOnScreen(style.attributes.media ?? '')) texts.push(token.text)
  })
  return texts
}

const NO_RULES: readonly StyleRule[] = []
const ROOTS: readonly string[] = ['html', 'body']

/**
 * The colour behind the page's text where no element of it paints one: white, unless the page's rules paint
 * its <html> or <body> and the page writes no tag for it (the browser implies the element, which the walk
 * does not meet): then that element's.
 */
function pageBackdrop(tokens: readonly HtmlToken[], sheet: StyleSheet): string | undefined {
  const written = (root: string) => tokens.some((token) => token.type === 'start' && token.name === root)
  for (const root of ROOTS) {
    const painted = backdropBehind(sheet, root, {})
    if (painted !== undefined && !written(root)) return painted.colour
  }
  return PAGE_WHITE
}

/** Builds the page flow from tokens. Never throws. */
/** Elements a page's markup has around its text; a text file with tables pasted in as HTML has none of them. */
const PAGE_ELEMENTS: ReadonlySet<string> = new Set(['html', 'head', 'body', 'p', 'div'])

/**
 * A text file whose tables are HTML (a converter's Markdown: MinerU and Marker write complex tables as
 * `<table>`; a text file with a table pasted from a page): lines of text, not a page. Read as a page, its
 * title, headings and paragraphs would run into one line, as a browser would run them: the title was lost.
 */
function textWithTables(tokens: readonly HtmlToken[]): boolean {
  let table = false
  for (const token of tokens) {
    if (token.type !== 'start') continue
    if (PAGE_ELEMENTS.has(token.name)) return false
    if (token.name === 'table') table = true
  }
  return table
}

export function buildFlow(tokens: HtmlToken[]): PageFlow {
  const builder = new FlowBuilder(textWithTables(tokens))
  const sheet = readStyleSheet(styleTexts(tokens))
  const chains = chainMatches(tokens, sheet)
  const ends = elementEnds(tokens)
  const rulesAt = (index: number) => chains.get(index) ?? NO_RULES
  const maySee = (token: StartToken, index: number) =>
    mayBeVisible(sheet, token.name, token.attributes, rulesAt(index))
  const sized = (token: StartToken, index: number) =>
    setsOwnSize(sheet, token.name, token.attributes, rulesAt(index))
  const inked = (token: StartToken, index: number) =>
    setsSeenInk(sheet, token.name, token.attributes, rulesAt(index), backdrops.colourAt(index))
  let hiddenSearchFailed = false
  let keptHidden = 0
  /** Size-0 or unseen-ink elements kept whole, or walked inside another walked one (see MAX_KEPT_HIDDEN). */
  let keptZeroSize = 0
  /** The end tag of the outermost hidden element kept for its tables. */
  let keptHiddenEnd = -1
  /** The end tag of the outermost element kept though hidden (for its tables, or what shows inside it). */
  let keptEnd = -1
  const visibility = new VisibilityStack()
  /** Where each element's text stands against the baseline, and its size (see shiftedMarks). */
  const baselines = new BaselineStack()
  const followsBaselines = pageMovesText(tokens, sheet)
  const size = new VisibilityStack()
  const ink = new VisibilityStack()
  /**
   * Size-0 and unseen-ink elements walked for what shows itself inside them (a size, a colour seen of its
   * own): the stack of where text shows, the test, and the end tag of the outermost one walked.
   */
  const walkedInside = {
    'zero-size': { stack: size, shows: sized, end: -1 },
    'unseen-ink': { stack: ink, shows: inked, end: -1 },
  }
  /** The colour painted behind each element: text of that colour is not seen. */
  const backdrops = new BackdropStack(pageBackdrop(tokens, sheet))
  /** The ends of closed <details> shown but for their <summary>, whose summary is still to come. */
  const closedDetails: number[] = []
  /**
   * What is drawn or done where an element ends, by the index of the token that ends it: text the style
   * sheet draws after it (see generatedContent), its text turned right to left (overriddenOrder), the end
   * of a footnote mark. Done last registered first, so an element's own ends before its parent's.
   */
  const atEnd = new Map<number, (() => void)[]>()
  const whenEnded = (at: number, action: () => void) => {
    const actions = atEnd.get(at)
    if (actions === undefined) atEnd.set(at, [action])
    else actions.push(action)
  }
  const drawAfter = (at: number) => {
    const actions = atEnd.get(at)
    if (actions === undefined) return
    atEnd.delete(at)
    for (let i = actions.length - 1; i >= 0; i--) actions[i]?.()
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (token === undefined) continue
    if (atEnd.size > 0) drawAfter(index)
    builder.inHidden = index <= keptHiddenEnd
    const visible = visibility.visibleAt(index) && size.visibleAt(index) && ink.visibleAt(index)
    if (token.type === 'text') {
      if (visible && !isStyleText(tokens, index))
        builder.text(token.text, followsBaselines ? baselines.at(index).shift : undefined)
    } else if (token.type === 'end') builder.end(token.name)
    // A self-closed <title/> in an <svg> holds nothing; it must not take the page's text as the title.
    else if (token.name === 'title' && !ends.opens(index)) continue
    else {
      const hideable = ends.opens(index)
      const end = ends.endOf(index)
      const behind = backdrops.colourAt(index)
      const painted = hideable
        ? backdropBehind(sheet, token.name, token.attributes, rulesAt(index))
        : undefined
      if (painted !== undefined) backdrops.push(end === -1 ? tokens.length : end, painted.colour)
      const hides =
        hideable && !hiddenSearchFailed
          ? hiding(
              token.name,
              token.attributes,
              keptZeroSize <= MAX_KEPT_HIDDEN,
              behind,
              sheet,
              rulesAt(index),
            )
          : undefined
      if (hides === undefined && hideable && end !== -1) {
        if (!visibility.visibleAt(index) && maySee(token, index)) visibility.push(end, true)
        if (!size.visibleAt(index) && sized(token, index)) size.push(end, true)
        if (!ink.visibleAt(index) && inked(token, index)) ink.push(end, true)
        // A closed <details> shows its <summary> only (one holding a table is kept: see above).
        if (token.name === 'details' && !('open' in token.attributes) && !ends.holdsTable(index, end)) {
          if (visibility.visibleAt(index)) closedDetails.push(end)
          visibility.push(end, false)
        } else if (token.name === 'summary' && index < (closedDetails.at(-1) ?? -1)) {
          visibility.push(end, true)
          closedDetails.pop()
        }
      }
      if (hides !== undefined) {
        const conceals = hides === 'hidden' || hides === 'invisible'
        const closed = end !== -1 && !ends.holdsTable(index, end)
        // The loop goes on at the tag that ends the element, unless it is the element's own end tag.
        const ending = tokens[end]
        const last = ending?.type === 'end' && ending.name === token.name ? end : end - 1
        // An invisible element's descendant may show itself (visibility:visible), a size-0 one's may set a
        // size of its own: browsers draw them.
        if (closed && hides === 'invisible' && holdsShowing(tokens, index + 1, end, maySee)) {
          if (index <= keptEnd && ++keptHidden > MAX_KEPT_HIDDEN) hiddenSearchFailed = true
          keptEnd = Math.max(keptEnd, end)
          visibility.push(end, false)
          builder.start(token.name, token.attributes)
          continue
        }
        const walked = hides === 'zero-size' || hides === 'unseen-ink' ? walkedInside[hides] : undefined
        if (closed && walked !== undefined && holdsShowing(tokens, index + 1, end, walked.shows)) {
          if (index <= walked.end) keptZeroSize++
          walked.end = Math.max(walked.end, end)
          walked.stack.push(end, false)
          builder.start(token.name, token.attributes)
          continue
        }
        if (closed) {
          const keepsCell = !conceals && CELL_ELEMENTS.has(token.name)
          if (keepsCell) builder.start(token.name, token.attributes)
          // The loop goes on at the end tag, which closes the kept cell.
          index = keepsCell ? end - 1 : last
          continue
        }
        // Open to the page's end, or holding a table: keep the content rather than lose the rest of the page.
        // Many nested kept ones would make the rescans quadratic (see MAX_KEPT_HIDDEN). Layout containers
        // of size 0 have their own count, so a page of them still has its hidden elements dropped.
        if (hides === 'zero-size' || hides === 'unseen-ink') keptZeroSize++
        else if (index <= keptEnd) keptHidden++
        if (keptHidden > MAX_KEPT_HIDDEN) hiddenSearchFailed = true
        if (conceals && end !== -1) {
          keptEnd = Math.max(keptEnd, end)
          keptHiddenEnd = Math.max(keptHiddenEnd, end)
          builder.inHidden = true
        }
      }
      builder.start(token.name, token.attributes)
      const marked =
        hideable && end !== -1 && setOffBaseline(sheet, token.name, token.attributes, rulesAt(index))
      if (marked) {
        builder.footnoteMark('[')
        whenEnded(end, () => builder.footnoteMark(']'))
      }
      // Text moved off the baseline of the text before it in its cell may be a footnote mark.
      if (followsBaselines && hideable && end !== -1) {
        const parent = baselines.at(index)
        const own = baselineWithin(parent, ownBaseline(sheet, token.name, token.attributes, rulesAt(index)))
        if (own.shift !== parent.shift || own.size !== parent.size) baselines.push(end, own)
        const before = builder.shiftBefore
        if (!marked && before !== undefined && builder.inCell() && shiftsDiffer(own.shift, before)) {
          const mark = builder.mark()
          whenEnded(end, () => bracketIfMark(mark))
        }
      }
      if (hideable && end !== -1 && overridesRightToLeft(token.name, token.attributes)) {
        const mark = builder.mark()
        whenEnded(end, () => reverseSince(mark))
      }
      if (sheet.generates && hideable && hides === undefined) {
        const shows = visibility.visibleAt(index) && size.visibleAt(index) && ink.visibleAt(index)
        const drawn = shows ? generatedText(sheet, token.name, token.attributes, rulesAt(index)) : undefined
        if (drawn !== undefined && drawn.before !== '') builder.text(drawn.before)
        const at = end === -1 ? tokens.length : end
        const afterText = drawn?.after ?? ''
        if (afterText !== '') whenEnded(at, () => builder.text(afterText))
      }
    }
  }
  drawAfter(tokens.length)
  return { body: builder.body, titles: builder.titles, meta: builder.meta }
}
