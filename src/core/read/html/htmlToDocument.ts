/**
 * HTML (a saved page, or text/html from the clipboard) → SourceDocument. Pure string work: no DOM, and
 * nothing in the page is run or fetched.
 */
import type { SourceDocument, SourceLine } from '../../model/report'
import { buildFlow } from './buildFlow'
import { finishText, renderLines } from './renderLines'
import { tokenizeHtml } from './tokenize'

/** TRS-style CMS pages carry the report title here even when the visible page hides it in chrome. */
const TITLE_META_NAMES = ['ArticleTitle', 'articletitle', 'og:title']

/**
 * Only a title naming a year can carry the report's identity; a generic one ("政府信息公开", "某县人民政府")
 * is site chrome, stays in `meta`, and as a first line would be glued to the real title by readers that
 * join lines broken inside a title.
 */
const IDENTITY_TITLE = /(?:19|20)\d{2}/

/** Windows clipboard HTML (CF_HTML) may arrive with its "Version:0.9 StartHTML:…" header. */
const CLIPBOARD_HEADER = /^\s*Version:\d[\s\S]*?(?=<)/

function titleLines(titles: string[], meta: Record<string, string>): SourceLine[] {
  const seen = new Set<string>()
  const lines: SourceLine[] = []
  const candidates = [...TITLE_META_NAMES.map((name) => meta[name] ?? ''), ...titles]
  for (const candidate of candidates) {
    const text = finishText(candidate)
    if (!IDENTITY_TITLE.test(text) || seen.has(text)) continue
    seen.add(text)
    lines.push({ text, cells: [text] })
  }
  return lines
}

/**
 * Reads an HTML page or fragment. The title (<meta name=ArticleTitle>, then each <title>), when it names a
 * year, comes first as its own line(s) so the report's identity is found even when the page body hides
 * it; all of them are in `meta` ('title' = the first <title>). Never throws.
 */
export function htmlToDocument(name: string, html: string, kind: 'html' | 'paste' = 'html'): SourceDocument {
  const source = kind === 'paste' ? html.replace(CLIPBOARD_HEADER, '') : html
  const flow = buildFlow(tokenizeHtml(source))
  const meta: Record<string, string> = {}
  const firstTitle = flow.titles.map(finishText).find((title) => title !== '')
  if (firstTitle !== undefined) meta.title = firstTitle
  for (const [key, value] of Object.entries(flow.meta)) if (!(key in meta)) meta[key] = value
  const lines = [...titleLines(flow.titles, flow.meta), ...renderLines(flow.body)]
  const doc: SourceDocument = { name, kind, lines }
  if (Object.keys(meta).length > 0) doc.meta = meta
  return doc
}
