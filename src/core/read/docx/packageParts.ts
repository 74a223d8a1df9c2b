/**
 * The parts of a .docx package the reader opens besides word/document.xml, found through the main
 * document's relationships (word/_rels/document.xml.rels) as Word resolves them: alternative chunks by
 * their relationship id, the style sheet by its relationship type.
 */
import { decodeText } from '../../decode/decodeText'
import { extractZipEntry, type ZipEntry } from '../zipArchive'
import { childElements, parseXml, type XmlElement } from './xmlTree'

const RELATIONSHIPS = 'word/_rels/document.xml.rels'
/** Where Word and WPS put the style sheet, for packages whose relationships do not say. */
const STYLES = 'word/styles.xml'
/** Transitional and strict relationship types of the style sheet both end so. */
const STYLES_TYPE = /\/relationships\/styles$/

export interface PackageParts {
  /** The bytes of the part a relationship id names; undefined when it cannot be read. */
  related(relationshipId: string): { name: string; bytes: Uint8Array } | undefined
  /** word/styles.xml parsed; undefined when the package has none or it cannot be read. */
  styles(): XmlElement | undefined
}

/** "afchunk.mht" → "word/afchunk.mht"; "/word/x.htm" → "word/x.htm"; "../a" → "a". */
function partName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `word/${target}`
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/').toLowerCase()
}

export function packageParts(bytes: Uint8Array, entries: ZipEntry[], maxBytes: number): PackageParts {
  const byName = new Map(entries.map((entry) => [entry.name.replace(/^\//, '').toLowerCase(), entry]))
  const read = (name: string | undefined): Uint8Array | undefined => {
    const entry = name === undefined ? undefined : byName.get(name)
    const extracted = entry ? extractZipEntry(bytes, entry, maxBytes) : undefined
    return extracted?.ok ? extracted.value : undefined
  }
  const targets = new Map<string, string>()
  let stylesPart = STYLES
  const relationships = read(RELATIONSHIPS)
  if (relationships) {
    const root = parseXml(decodeText(relationships).text)
    for (const list of childElements(root))
      for (const relationship of childElements(list)) {
        const { id, target, type, targetmode } = relationship.attributes
        if (target === undefined || targetmode === 'External') continue
        if (id !== undefined) targets.set(id, partName(target))
        if (type !== undefined && STYLES_TYPE.test(type)) stylesPart = partName(target)
      }
  }
  return {
    related(relationshipId) {
      const name = targets.get(relationshipId)
      const part = read(name)
      const entry = name === undefined ? undefined : byName.get(name)
      return part && entry ? { name: entry.name, bytes: part } : undefined
    },
    styles() {
      const part = read(stylesPart)
      return part ? parseXml(decodeText(part).text) : undefined
    },
  }
}
