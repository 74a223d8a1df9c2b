/**
 * A minimal element tree over the HTML tokenizer's tokens: WordprocessingML is well-formed XML, so the
 * tokenizer (which lowercases names, decodes references and skips <?xml?> and comments) is all the XML
 * reading the docx reader needs. Mismatched end tags close up to the matching open element, or are ignored.
 */
import { tokenizeHtml } from '../html/tokenize'

export interface XmlElement {
  /** Qualified name, lowercased: "w:p", "w:gridspan". */
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] }
  const stack: XmlElement[] = [root]
  for (const token of tokenizeHtml(xml)) {
    const parent = stack[stack.length - 1] ?? root
    if (token.type === 'text') parent.children.push(token.text)
    else if (token.type === 'start') {
      const element: XmlElement = { name: token.name, attributes: token.attributes, children: [] }
      parent.children.push(element)
      if (!token.selfClosing) stack.push(element)
    } else {
      const open = stack.findLastIndex((element) => element.name === token.name)
      if (open > 0) stack.length = open
    }
  }
  return root
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string')
}

/** The first child element named `name`. */
export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child
  return undefined
}

/** The first element named `name` anywhere below `element` (depth-first). */
export function findDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    if (child.name === name) return child
    const found = findDescendant(child, name)
    if (found) return found
  }
  return undefined
}
