/**
 * The visible text of a WordprocessingML paragraph. Only <w:t> is text; field instructions, deleted text,
 * ruby guides and the fallback copy of alternate content are not what the reader sees. Tabs and breaks
 * are kept as "\t" and "\n" for the caller to split on; text boxes anchored in the paragraph are
 * returned separately because they are paragraphs of their own, with what their shape fills
 * (shapeFill.ts). Whether a run is hidden, struck, raised or white is its formatting as the style sheet
 * resolves it, not only what its own w:rPr says; white text is unseen where nothing is painted behind it
 * (shading.ts).
 *
 * A complex field (w:fldChar begin … separate … end) shows only its result: everything between begin and
 * separate is its code, including the results of fields nested in that code ({ = { REF a } + 4 } keeps the
 * REF's cached "8" there), which Word does not show beside the outer field's result.
 */
import { bracketRaised, isShiftedMark } from '../raisedText'
import { isShape, shapeFill, type Fill } from './shapeFill'
import { symbolCharacter } from './symbolCharacter'
import { NO_STYLES, type RunContext, type RunFormatting, type StyleSheet } from './styleSheet'
import { firstChild, type XmlElement } from './xmlTree'

/** Elements whose content is never visible text of this paragraph. */
const HIDDEN = new Set([
  'w:deltext',
  'w:instrtext',
  'w:delinstrtext',
  'w:del',
  'w:movefrom',
  'w:rt',
  'mc:fallback',
  'w:ppr',
  'w:rpr',
  'w:footnotereference',
  'w:endnotereference',
  'w:commentreference',
])

/** A text box's content, and what its shape lays behind it (a box met outside a shape counts as painted). */
export interface TextBox {
  content: XmlElement
  fill: Fill
}

export interface ParagraphText {
  text: string
  /** <w:txbxContent> blocks met inside the paragraph (text boxes, shapes). */
  textBoxes: TextBox[]
}

/**
 * The complex fields open at this point of the paragraph, innermost last: whether each is still in its code
 * (before its separate). A field left open at the paragraph's end is closed with it.
 */
type OpenFields = boolean[]

/** Text is shown unless some open field is still in its code. */
function inFieldCode(fields: OpenFields): boolean {
  return fields.includes(true)
}

function passFieldCharacter(fieldCharacter: XmlElement, fields: OpenFields): void {
  switch (fieldCharacter.attributes['w:fldchartype']) {
    case 'begin':
      fields.push(true)
      break
    case 'separate':
      if (fields.length > 0) fields[fields.length - 1] = false
      break
    case 'end':
      fields.pop()
      break
  }
}

/** The resolved formatting of a run by its w:rPr, in the paragraph being read. */
type FormattingOf = (runProperties: XmlElement | undefined) => RunFormatting

/** What the walk of one paragraph needs besides the text it writes to. */
interface Walk {
  formattingOf: FormattingOf
  fields: OpenFields
  /** Shading of the paragraph, its cell or its table lies behind the text: white text shows on it. */
  painted: boolean
  /** The position (w:position) of the last text of the paragraph that is no mark; unset before any. */
  baseline?: number
  /** The fill of the innermost shape being walked, for the text boxes it holds; unset outside shapes. */
  shape?: { fill: Fill }
}

/** White text with nothing painted behind it: the white page shows through, and the text is not seen. */
function unseenWhite(formatting: RunFormatting, walk: Walk): boolean {
  return formatting.white === true && !formatting.shaded && !formatting.highlighted && !walk.painted
}

/**
 * A run: hidden text (vanish) is not shown, so it is not read, nor is struck-through text (the old value
 * an editor left beside the new one, "~~1346~~1436"), nor white text on white. Superscript or subscript text is a footnote mark
 * ("1436" with a raised or lowered "1"), and so is a short mark raised or lowered by w:position against
 * the number it follows: each is kept as a bracketed note, which the number reader drops with a notice,
 * instead of running into the number.
 */
function collectRun(run: XmlElement, into: ParagraphText, walk: Walk): void {
  const formatting = walk.formattingOf(firstChild(run, 'w:rpr'))
  // A hidden run's field characters still open and close fields: only its text is not shown.
  if (formatting.vanish || formatting.strike || formatting.dstrike || unseenWhite(formatting, walk)) {
    collect(run, { text: '', textBoxes: [] }, walk)
    return
  }
  const own: ParagraphText = { text: '', textBoxes: into.textBoxes }
  collect(run, own, walk)
  const position = formatting.position ?? 0
  const shifted = walk.baseline !== undefined && position !== walk.baseline
  if (formatting.superOrSubscript || (shifted && isShiftedMark(own.text, into.text))) {
    into.text += bracketRaised(own.text)
    return
  }
  into.text += own.text
  if (own.text.trim() !== '') walk.baseline = position
}

function collect(element: XmlElement, into: ParagraphText, walk: Walk): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    if (child.name === 'w:fldchar') {
      passFieldCharacter(child, walk.fields)
      continue
    }
    // Runs and wrappers are walked even in a field's code, for the field characters that end it.
    const shown = !inFieldCode(walk.fields)
    switch (child.name) {
      case 'w:r':
        collectRun(child, into, walk)
        break
      case 'w:t':
        if (shown) for (const text of child.children) if (typeof text === 'string') into.text += text
        break
      case 'w:tab':
      case 'w:ptab':
        if (shown) into.text += '\t'
        break
      case 'w:br':
      case 'w:cr':
        if (shown) into.text += '\n'
        break
      case 'w:nobreakhyphen':
        if (shown) into.text += '-'
        break
      case 'w:sym':
        if (shown) into.text += symbolCharacter(child.attributes['w:font'], child.attributes['w:char'])
        break
      case 'w:txbxcontent':
        if (shown) into.textBoxes.push({ content: child, fill: walk.shape ? walk.shape.fill : true })
        break
      default:
        if (HIDDEN.has(child.name)) break
        if (isShape(child)) {
          const outer = walk.shape
          walk.shape = { fill: shapeFill(child) }
          collect(child, into, walk)
          walk.shape = outer
        } else collect(child, into, walk)
    }
  }
}

/**
 * `table` is set for a paragraph in a table cell: its table's style is one level of the run formatting.
 * `painted` says that shading (of its cell, its table, a text box) lies behind the paragraph.
 */
export function paragraphText(
  paragraph: XmlElement,
  styles: StyleSheet = NO_STYLES,
  table?: RunContext['table'],
  painted = false,
): ParagraphText {
  const paragraphProperties = firstChild(paragraph, 'w:ppr')
  const context: RunContext = {
    paragraphStyle: paragraphProperties && firstChild(paragraphProperties, 'w:pstyle')?.attributes['w:val'],
    table,
  }
  const into: ParagraphText = { text: '', textBoxes: [] }
  collect(paragraph, into, {
    formattingOf: (runProperties) => styles.runFormatting(runProperties, context),
    fields: [],
    painted: painted || styles.paragraphShaded(paragraphProperties),
  })
  return into
}
