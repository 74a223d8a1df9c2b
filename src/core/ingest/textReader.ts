import { decodeText } from '../decode/decodeText'
import { textToDocument } from '../read/text'
import type { FileReader } from './fileReader'

export const readTextFile: FileReader = (file, options) => {
  const { text, encoding, facts } = decodeText(file.bytes)
  const document = textToDocument(file.name, text, options.origin === 'paste' ? 'paste' : 'text', facts)
  return Promise.resolve({ kind: 'document', document: { ...document, encoding } })
}

export const readMarkdownFile: FileReader = (file) => {
  const { text, encoding, facts } = decodeText(file.bytes)
  const document = textToDocument(file.name, text, 'markdown', facts)
  return Promise.resolve({ kind: 'document', document: { ...document, encoding } })
}
