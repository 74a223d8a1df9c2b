/**
 * The parts of a .docx package the reader opens besides the main document (mainPart.ts), found through
 * the main document's relationships (word/_rels/document.xml.rels beside word/document.xml) as Word
 * resolves them: alternative chunks by their relationship id, the style sheet, the theme and the settings
 * by their relationship types.
 */
import { decodeText } from '../../decode/decodeText'
import { extractZipEntry, type ZipEntry } from '../zipArchive'
import { normalizedPartName } from './mainPart'
import { childElements, parseXml, type XmlElement } from './xmlTree'

/**
 * The parts read by their relationship type (transitional and strict types both end so), and where Word
 * and WPS put them, for packages whose relationships do not say.
 */
const TYPED_PARTS = {
  styles: { type: /\/relationships\/styles$/, usual: 'word/styles.xml' },
  theme: { type: /\/relationships\/theme$/, usual: 'word/theme/theme1.xml' },
  settings: { type: /\/relationships\/settings$/, usual: 'word/settings.xml' },
} as const
export type TypedPart = keyof typeof TYPED_PARTS
/** TYPED_PARTS as a list, for matching each relationship's type. */
const TYPED_PART_LIST = Object.entries(TYPED_PARTS) as [TypedPart, { type: RegExp }][]

export interface PackageParts {
  /** The bytes of the part a relationship id names; undefined when it cannot be read. */
  related(relationshipId: string): { name: string; bytes: Uint8Array } | undefined
  /**
   * The style sheet (word/styles.xml), the theme (word/theme/theme1.xml) or the settings (word/settings.xml)
   * parsed; undefined when the package has none or it cannot be read.
   */
  part(kind: TypedPart): XmlElement | undefined
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
  const typed = new Map<TypedPart, string>()
  const relationships = read(`${folder}_rels/${fileName}.rels`)
  if (relationships) {
    const root = parseXml(decodeText(relationships).text)
    for (const list of childElements(root))
      for (const relationship of childElements(list)) {
        const { id, target, type, targetmode } = relationship.attributes
        if (target === undefined || targetmode === 'External') continue
        if (id !== undefined) targets.set(id, partName(target, folder))
        for (const [kind, { type: pattern }] of TYPED_PART_LIST)
          if (type !== undefined && pattern.test(type)) typed.set(kind, partName(target, folder))
      }
  }
  return {
    related(relationshipId) {
      const name = targets.get(relationshipId)
      const part = read(name)
      const entry = name === undefined ? undefined : byName.get(name)
      return part && entry ? { name: entry.name, bytes: part } : undefined
    },
    part(kind) {
      const part = read(typed.get(kind) ?? TYPED_PARTS[kind].usual)
      return part ? parseXml(decodeText(part).text) : undefined
    },
  }
}
