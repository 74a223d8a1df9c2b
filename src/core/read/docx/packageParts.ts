/**
 * The parts of a .docx package the reader opens besides the main document (mainPart.ts), found through
 * the main document's relationships (word/_rels/document.xml.rels beside word/document.xml) as Word
 * resolves them: alternative chunks by their relationship id, the style sheet by its relationship type.
 */
import { decodeText } from '../../decode/decodeText'
import { extractZipEntry, type ZipEntry } from '../zipArchive'
import { normalizedPartName } from './mainPart'
import { childElements, parseXml, type XmlElement } from './xmlTree'

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

/** From "word/": "afchunk.mht" → "word/afchunk.mht"; "/word/x.htm" → "word/x.htm"; "../a" → "a". */
function partName(target: string, folder: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/').toLowerCase()
}

/** The parts related to the main document `mainPart` (as normalizedPartName gives it). */
export function packageParts(
  bytes: Uint8Array,
  entries: ZipEntry[],
  maxBytes: number,
  mainPart: string,
): PackageParts {
  const byName = new Map(entries.map((entry) => [normalizedPartName(entry.name), entry]))
  const folder = mainPart.slice(0, mainPart.lastIndexOf('/') + 1)
  const fileName = mainPart.slice(folder.length)
  const read = (name: string | undefined): Uint8Array | undefined => {
    const entry = name === undefined ? undefined : byName.get(name)
    const extracted = entry ? extractZipEntry(bytes, entry, maxBytes) : undefined
    return extracted?.ok ? extracted.value : undefined
  }
  const targets = new Map<string, string>()
  let stylesPart = STYLES
  const relationships = read(`${folder}_rels/${fileName}.rels`)
  if (relationships) {
    const root = parseXml(decodeText(relationships).text)
    for (const list of childElements(root))
      for (const relationship of childElements(list)) {
        const { id, target, type, targetmode } = relationship.attributes
        if (target === undefined || targetmode === 'External') continue
        if (id !== undefined) targets.set(id, partName(target, folder))
        if (type !== undefined && STYLES_TYPE.test(type)) stylesPart = partName(target, folder)
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
