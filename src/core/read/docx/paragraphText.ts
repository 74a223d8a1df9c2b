/**
 * The visible text of a WordprocessingML paragraph. Only <w:t> is text; field instructions, deleted text,
 * ruby guides and the fallback copy of alternate content are not what the reader sees. Tabs and breaks
 * are kept as "\t" and "\n" for the caller to split on; text boxes anchored in the paragraph are
 * returned separately because they are paragraphs of their own.
 */
import type { XmlElement } from './xmlTree'

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

function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const child of element?.children ?? [])
    if (typeof child !== 'string' && child.name === name) return child
  return undefined
}

/** A toggle property (<w:vanish/>) that is present and not switched off with w:val. */
function isOn(property: XmlElement | undefined): boolean {
  const value = property?.attributes['w:val']
  return property !== undefined && value !== '0' && value !== 'false' && value !== 'off'
}

/**
 * A run: hidden text (<w:vanish/>) is not shown, so it is not read, nor is struck-through text (the old value
 * an editor left beside the new one, "~~1346~~1436"); superscript text is a footnote mark
 * ("1436" with a raised "1") and is kept as a bracketed note, which the number reader drops with a notice,
 * instead of running into the number it follows.
 */
function collectRun(run: XmlElement, into: ParagraphText): void {
  const properties = childNamed(run, 'w:rpr')
  if (
    isOn(childNamed(properties, 'w:vanish')) ||
    isOn(childNamed(properties, 'w:strike')) ||
    isOn(childNamed(properties, 'w:dstrike'))
  )
    return
  if (childNamed(properties, 'w:vertalign')?.attributes['w:val'] !== 'superscript') {
    collect(run, into)
    return
  }
  const raised: ParagraphText = { text: '', textBoxes: into.textBoxes }
  collect(run, raised)
  into.text += raised.text.trim() === '' ? raised.text : `[${raised.text}]`
}

function collect(element: XmlElement, into: ParagraphText): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    switch (child.name) {
      case 'w:r':
        collectRun(child, into)
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
        if (!HIDDEN.has(child.name)) collect(child, into)
    }
  }
}

export function paragraphText(paragraph: XmlElement): ParagraphText {
  const into: ParagraphText = { text: '', textBoxes: [] }
  collect(paragraph, into)
  return into
}
