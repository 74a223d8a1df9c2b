/**
 * Which part of a .docx package is its main document, found as Word finds it (ECMA-376 Part 2, 8 and 9):
 * the target of the package's officeDocument relationship (_rels/.rels), whose content type
 * ([Content_Types].xml) is a WordprocessingML main document. Word and WPS store it as word/document.xml,
 * but some Word versions and converters save word/document2.xml, and any name is valid. A package whose
 * relationships or content types cannot be read falls back to word/document.xml, and to no part when it
 * has none: another Office kind's package (an .xlsx) names a main part of another content type.
 */
import { decodeText } from '../../decode/decodeText'
import { extractZipEntry, type ZipEntry } from '../zipArchive'
import { childElements, parseXml, type XmlElement } from './xmlTree'

const USUAL_MAIN_PART = 'word/document.xml'
/** Transitional and strict relationship types of the main part both end so. */
const OFFICE_DOCUMENT_TYPE = /\/relationships\/officedocument$/i
/** Main document content types: documents and templates, with and without macros. */
const WORD_MAIN_CONTENT_TYPE =
  /^application\/vnd\.(?:openxmlformats-officedocument\.wordprocessingml|ms-word)\.[\w.]+\.main\+xml$/i

/** A part name as the zip stores it: no leading slash, lower-cased (part names are case-insensitive). */
export function normalizedPartName(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase()
}

/** Reads a part of the package as XML; undefined when it is missing or cannot be read. */
export type PartReader = (name: string) => XmlElement | undefined

export function partReader(bytes: Uint8Array, entries: ZipEntry[], maxBytes: number): PartReader {
  const byName = new Map(entries.map((entry) => [normalizedPartName(entry.name), entry]))
  return (name) => {
    const entry = byName.get(normalizedPartName(name))
    const extracted = entry ? extractZipEntry(bytes, entry, maxBytes) : undefined
    return extracted?.ok ? parseXml(decodeText(extracted.value).text) : undefined
  }
}

/** The elements of a part's root (<Relationships>, <Types>). */
function rootChildren(root: XmlElement | undefined): XmlElement[] {
  return root ? childElements(root).flatMap(childElements) : []
}

/** The part names [Content_Types].xml gives a WordprocessingML main document type. */
function wordMainParts(read: PartReader): Set<string> {
  const names = new Set<string>()
  for (const entry of rootChildren(read('[Content_Types].xml'))) {
    const { partname, contenttype } = entry.attributes
    if (entry.name === 'override' && partname !== undefined && WORD_MAIN_CONTENT_TYPE.test(contenttype ?? ''))
      names.add(normalizedPartName(partname))
  }
  return names
}

/** The targets of the package's officeDocument relationships, in order. */
function officeDocumentTargets(read: PartReader): string[] {
  return rootChildren(read('_rels/.rels'))
    .filter((relationship) => OFFICE_DOCUMENT_TYPE.test(relationship.attributes.type ?? ''))
    .filter((relationship) => relationship.attributes.targetmode !== 'External')
    .map((relationship) => normalizedPartName(relationship.attributes.target ?? ''))
}

/** The main document part's name (as normalizedPartName gives it), or undefined for a package without one. */
export function mainPartName(entries: ZipEntry[], read: PartReader): string | undefined {
  const stored = new Set(entries.map((entry) => normalizedPartName(entry.name)))
  const wordParts = wordMainParts(read)
  const related = officeDocumentTargets(read).find((name) => stored.has(name) && wordParts.has(name))
  if (related !== undefined) return related
  if (stored.has(USUAL_MAIN_PART)) return USUAL_MAIN_PART
  return [...wordParts].find((name) => stored.has(name))
}
