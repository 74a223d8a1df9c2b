import type { FileReader } from '../../ingest/fileReader'
import { looksLikeRtf, rtfLines } from './rtfLines'

/** The RTF entry of the reader registry (RTF files are often published as .doc). */
export const readRtfFile: FileReader = (file) => {
  if (!looksLikeRtf(file.bytes)) {
    return Promise.resolve({
      kind: 'error',
      error: { code: 'corrupt', message: 'RTF 文档已损坏：缺少 RTF 文件头' },
    })
  }
  const lines = rtfLines(file.bytes)
  return Promise.resolve({
    kind: 'document',
    document: { name: file.name, kind: 'doc', encoding: 'rtf', lines },
  })
}
