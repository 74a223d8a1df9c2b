/**
 * The visible text of a WordprocessingML paragraph. Only <w:t> is text; field instructions, deleted text,
 * ruby guides and the fallback copy of alternate content are not what the reader sees. Tabs and breaks
 * are kept as "\t" and "\n" for the caller to split on; text boxes anchored in the paragraph are
 * returned separately because they are paragraphs of their own. Whether a run is hidden, struck or raised
 * is its formatting as the style sheet resolves it, not only what its own w:rPr says.
 */
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

export interface ParagraphText {
  text: string
  /** <w:txbxContent> blocks met inside the paragraph (text boxes, shapes). */
  textBoxes: XmlElement[]
}

/** The resolved formatting of a run by its w:rPr, in the paragraph being read. */
type FormattingOf = (runProperties: XmlElement | undefined) => RunFormatting

/**
 * A run: hidden text (vanish) is not shown, so it is not read, nor is struck-through text (the old value
 * an editor left beside the new one, "~~1346~~1436"); superscript text is a footnote mark
 * ("1436" with a raised "1") and is kept as a bracketed note, which the number reader drops with a notice,
 * instead of running into the number it follows.
 */
function collectRun(run: XmlElement, into: ParagraphText, formattingOf: FormattingOf): void {
  const formatting = formattingOf(firstChild(run, 'w:rpr'))
  if (formatting.vanish || formatting.strike || formatting.dstrike) return
  if (!formatting.superscript) {
    collect(run, into, formattingOf)
    return
  }
  const raised: ParagraphText = { text: '', textBoxes: into.textBoxes }
  collect(run, raised, formattingOf)
  into.text += raised.text.trim() === '' ? raised.text : `[${raised.text}]`
}

function collect(element: XmlElement, into: ParagraphText, formattingOf: FormattingOf): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    switch (child.name) {
      case 'w:r':
        collectRun(child, into, formattingOf)
        break
      case 'w:t':
        for (const text of child.children) if (typeof text === 'string') into.text += text
        break
      case 'w:tab':
      case 'w:ptab':
        into.text += '\t'
        break
      case 'w:br':
      case 'w:cr':
        into.text += '\n'
        break
      case 'w:nobreakhyphen':
        into.text += '-'
        break
      case 'w:txbxcontent':
        into.textBoxes.push(child)
        break
      default:
        if (!HIDDEN.has(child.name)) collect(child, into, formattingOf)
    }
  }
}

/** `table` is set for a paragraph in a table cell: its table's style is one level of the run formatting. */
export function paragraphText(
  paragraph: XmlElement,
  styles: StyleSheet = NO_STYLES,
  table?: RunContext['table'],
): ParagraphText {
  const paragraphProperties = firstChild(paragraph, 'w:ppr')
  const context: RunContext = {
    paragraphStyle: paragraphProperties && firstChild(paragraphProperties, 'w:pstyle')?.attributes['w:val'],
    table,
  }
  const into: ParagraphText = { text: '', textBoxes: [] }
  collect(paragraph, into, (runProperties) => styles.runFormatting(runProperties, context))
  return into
}
