import type { ParseError } from '../model/report'

/**
 * The largest file read. Real reports are under 10 MB even as scanned PDFs; the limit keeps a
 * stray video or disk image from exhausting the tab's memory.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} 字节`
}

/**
 * The 'too-large' error for a file of `size` bytes, or undefined when it may be read. Callers check
 * the size BEFORE reading the bytes (File.size in the browser, fs.stat in the CLI).
 */
export function sizeLimitError(size: number, maxBytes: number = MAX_FILE_BYTES): ParseError | undefined {
  if (size <= maxBytes) return undefined
  return {
    code: 'too-large',
    message: `文件过大（${formatByteSize(size)}），超过 ${formatByteSize(maxBytes)} 的上限，未读取`,
  }
}
