import { decodeText } from '../decode/decodeText'
import { textToDocument } from '../read/text'
import type { FileReader } from './fileReader'

export const readTextFile: FileReader = (file, options) => {
  const decoded = decodeText(file.bytes)
  const document = textToDocument(file.name, decoded, options.origin === 'paste' ? 'paste' : 'text')
  return Promise.resolve({ kind: 'document', document: { ...document, encoding: decoded.encoding } })
}

export const readMarkdownFile: FileReader = (file) => {
  const decoded = decodeText(file.bytes)
  const document = textToDocument(file.name, decoded, 'markdown')
  return Promise.resolve({ kind: 'document', document: { ...document, encoding: decoded.encoding } })
}
