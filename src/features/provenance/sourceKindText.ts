import type { SourceKind } from '../../core/model/report'

export const SOURCE_KIND_TEXT: Record<SourceKind, string> = {
  text: '文本文件',
  markdown: 'Markdown 文件',
  html: '网页',
  pdf: 'PDF',
  docx: 'Word 文档（.docx）',
  doc: 'Word 文档（.doc）',
  paste: '粘贴的文本',
}
