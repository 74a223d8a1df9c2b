/**
 * The running text of a span of lines, with whitespace handled the way prose needs: PDF lines break
 * inside words and numbers ("受理政府信息公开申请 21 件," / "均在…"), so they are joined without a
 * break; other readers give one paragraph per line, kept apart by a newline. Spaces go, except one
 * between two digits, so "1 1" never becomes "11".
 */
import type { SourceDocument } from '../model/report'
import { normalizeText } from '../text/normalize'

export interface ProseText {
  text: string
  /** lineAt[i] is the 0-based document line of text[i]. */
  lineAt: number[]
}

function compactLine(text: string): string {
  const normalized = normalizeText(text)
  return normalized.replace(/[\s\u00a0\u3000]+/gu, (space: string, at: number) => {
    const before = normalized[at - 1] ?? ''
    const after = normalized[at + space.length] ?? ''
    return /\d/u.test(before) && /\d/u.test(after) ? ' ' : ''
  })
}

export function proseText(document: SourceDocument, start: number, end: number): ProseText {
  let text = ''
  const lineAt: number[] = []
  for (let index = start; index < end && index < document.lines.length; index++) {
    const line = document.lines[index]
    if (line === undefined) continue
    const compact = compactLine(line.text)
    if (compact === '') continue
    const separator = text === '' || line.page !== undefined ? '' : '\n'
    text += separator + compact
    for (let i = 0; i < separator.length + compact.length; i++) lineAt.push(index)
  }
  return { text, lineAt }
}
