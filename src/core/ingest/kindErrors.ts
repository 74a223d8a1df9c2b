import type { ParseError } from '../model/report'
import type { FileKind } from './fileKind'

/** Kinds that are never a report, whatever readers exist. */
export const NOT_A_DOCUMENT: Partial<Record<FileKind, ParseError>> = {
  empty: { code: 'empty', message: '文件是空的' },
  image: { code: 'unsupported', message: '图片文件，不是报告文本（扫描图片需先做文字识别）' },
  binary: { code: 'binary', message: '无法识别的二进制文件' },
  'office-other': { code: 'unsupported', message: '不是 Word 文档的 Office 文件（如 Excel、PPT），暂不支持' },
  'archive-other': {
    code: 'unsupported',
    message: 'RAR/7z 压缩包暂不支持，请先解压后导入文件夹，或改用 zip 压缩',
  },
}

const UNSUPPORTED_MESSAGES: Record<FileKind, string> = {
  empty: '文件是空的',
  text: '暂不支持该文本文件',
  markdown: '暂不支持 Markdown 文件',
  html: '暂不支持网页（HTML）文件',
  mhtml: '暂不支持单文件网页（MHTML）',
  pdf: '暂不支持 PDF 文件',
  docx: '暂不支持 Word（.docx）文件',
  zip: '暂不支持 zip 压缩包',
  'archive-other': '暂不支持 RAR/7z 压缩包',
  doc: '暂不支持 Word 97-2003（.doc）或 WPS 文件',
  rtf: '暂不支持 RTF 文档',
  'office-other': '暂不支持该 Office 文件',
  image: '暂不支持图片文件',
  binary: '无法识别的二进制文件',
}

/** The error of a kind whose reader is not registered (yet). */
export function unsupportedKind(kind: FileKind): ParseError {
  return { code: 'unsupported', message: UNSUPPORTED_MESSAGES[kind] }
}
