import type { ParseError } from '../../model/report'

export const SCANNED_PDF: ParseError = {
  code: 'scanned-pdf',
  message: '这是扫描件 PDF，没有文字层，无法读取数字（需要先做文字识别）',
}

export const UNREADABLE_TEXT_LAYER: ParseError = {
  code: 'scanned-pdf',
  message: 'PDF 的文字层无法识别为中文（字体缺少编码映射），无法读取数字，请按扫描件处理',
}

export const PASSWORD_PROTECTED: ParseError = {
  code: 'unsupported',
  message: '这个 PDF 设有打开密码，无法读取；请先去除密码再导入',
}

/** pdf.js says why only in English (“Invalid PDF structure.”), which the user is not shown. */
export const CORRUPT_PDF: ParseError = {
  code: 'corrupt',
  message: 'PDF 文件已损坏或不完整，无法打开（可能下载不完整，请重新下载后再试）',
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string')
    return error.name
  return ''
}

/** pdf.js failures → what the user is told. */
export function pdfLoadError(error: unknown): ParseError {
  return errorName(error) === 'PasswordException' ? PASSWORD_PROTECTED : CORRUPT_PDF
}
