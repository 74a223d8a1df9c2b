/**
 * A Word 97–2003 .doc or Kingsoft .wps (OLE compound file with a WordDocument stream) → SourceDocument.
 * Only the main text is read; headers, footnotes and text boxes live in other text ranges. Text that is not
 * shown (tracked deletions, hidden, struck through, on the run or by its style, and white with nothing
 * painted behind it) is not read.
 */
import type { ParseError, SourceDocument } from '../../model/report'
import { CharacterIndex } from './characterProperties'
import { openCompoundFile, type CompoundFile } from './compoundFile'
import { docLines } from './docLines'
import { readFib } from './fib'
import { ParagraphIndex } from './paragraphProperties'
import { readPieces, storedChars } from './pieceTable'
import { readStyleSheet } from './styleSheet'

export type DocResult = { ok: true; doc: SourceDocument } | { ok: false; error: ParseError }

function failure(code: ParseError['code'], message: string): DocResult {
  return { ok: false, error: { code, message } }
}

/** A compound file without a WordDocument stream: say what it is instead. */
function notWord(file: CompoundFile): DocResult {
  if (file.stream('EncryptedPackage'))
    return failure('unsupported', 'Word 文档设有打开密码，请取消密码后再导入')
  if (file.stream('Workbook') || file.stream('Book'))
    return failure('unsupported', '这是 Excel 表格文件，不是 Word 文档，暂不支持')
  if (file.stream('PowerPoint Document'))
    return failure('unsupported', '这是 PPT 演示文稿，不是 Word 文档，暂不支持')
  return failure('unsupported', '不是 Word 文档的 Office 文件，暂不支持')
}

function readWordDocument(name: string, file: CompoundFile): DocResult {
  const stream = file.stream('WordDocument')
  if (!stream) return notWord(file)
  const fib = readFib(stream)
  if (!fib.ok) {
    switch (fib.reason) {
      case 'encrypted':
        return failure('unsupported', 'Word 文档设有打开密码，请取消密码后再导入')
      case 'word95':
        return failure(
          'unsupported',
          'Word 6.0/95 格式的旧文档暂不支持，请用 Word 或 WPS 另存为 .docx 后再导入',
        )
      default:
        return failure('corrupt', 'Word 文档已损坏：文件头不完整')
    }
  }
  const table = file.stream(fib.fib.tableStream)
  if (!table) return failure('corrupt', `Word 文档已损坏：缺少 ${fib.fib.tableStream} 数据流`)
  const pieces = readPieces(table, fib.fib.clx)
  if (!pieces) return failure('corrupt', 'Word 文档已损坏：找不到正文文字（片段表无法读取）')
  const paragraphs = ParagraphIndex.read(stream, table, file.stream('Data'), fib.fib.plcfBtePapx)
  const styles = readStyleSheet(table, fib.fib.stshf)
  const characters = CharacterIndex.read(stream, table, fib.fib.plcfBteChpx, styles, paragraphs)
  const lines = docLines(storedChars(stream, pieces, fib.fib.ccpText), paragraphs, characters)
  return { ok: true, doc: { name, kind: 'doc', encoding: 'utf-16le', lines } }
}

/** Never throws: a damaged container or stream is a 'corrupt' error in Chinese. */
export function docToDocument(name: string, bytes: Uint8Array): DocResult {
  let file: CompoundFile
  try {
    file = openCompoundFile(bytes)
  } catch {
    return failure('corrupt', 'Word 文档已损坏，无法打开（可能下载不完整）')
  }
  try {
    return readWordDocument(name, file)
  } catch {
    return failure('corrupt', 'Word 文档已损坏，正文无法读取')
  }
}
