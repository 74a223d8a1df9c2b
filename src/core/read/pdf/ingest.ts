import type { FileReader } from '../../ingest/fileReader'
import { pdfToDocument } from './pdfToDocument'

/**
 * The PDF entry of the reader registry. pdf.js comes from the options because the browser worker
 * and Node load different builds of it; without one, PDFs are refused with a clear message.
 */
export const readPdfFile: FileReader = async (file, options) => {
  if (!options.pdfjs) {
    return {
      kind: 'error',
      error: { code: 'unsupported', message: '当前环境没有加载 PDF 解析组件，无法读取 PDF' },
    }
  }
  const result = await pdfToDocument(file.name, file.bytes, await options.pdfjs())
  return 'code' in result ? { kind: 'error', error: result } : { kind: 'document', document: result }
}
