/**
 * HTML (a saved page, or text/html from the clipboard) → SourceDocument. Pure string work: no DOM, and
 * nothing in the page is run or fetched.
 */
import type { SourceDocument, SourceLine } from '../../model/report'
import { buildFlow } from './buildFlow'
import { metadataPairs, TITLE_KEYS } from './metadataTable'
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

function titleLines(candidates: string[]): SourceLine[] {
  const seen = new Set<string>()
  const lines: SourceLine[] = []
  for (const candidate of candidates) {
    const text = finishText(candidate)
    if (!IDENTITY_TITLE.test(text) || seen.has(text)) continue
    seen.add(text)
    lines.push({ text, cells: [text] })
  }
  return lines
}

/**
 * Reads an HTML page or fragment. The title (<meta name=ArticleTitle>, the 标题/名称 of the page's metadata
 * table, each <title>), when it names a year, comes first as its own line(s) so the report's identity is
 * found even when the page body hides it. `meta` holds the first <title> as 'title', every named <meta>,
 * and the metadata table's pairs by their Chinese key ('名称', '发布机构', '发布日期', '索引号'…). Never throws.
 */
export function htmlToDocument(name: string, html: string, kind: 'html' | 'paste' = 'html'): SourceDocument {
  const source = kind === 'paste' ? html.replace(CLIPBOARD_HEADER, '') : html
  const flow = buildFlow(tokenizeHtml(source))
  const body = renderLines(flow.body)
  const pairs = metadataPairs(body)
  const meta: Record<string, string> = {}
  const firstTitle = flow.titles.map(finishText).find((title) => title !== '')
  if (firstTitle !== undefined) meta.title = firstTitle
  for (const [key, value] of [...Object.entries(flow.meta), ...pairs]) if (!(key in meta)) meta[key] = value
  const tableTitles = [...pairs].filter(([key]) => TITLE_KEYS.has(key)).map(([, value]) => value)
  const metaTitles = TITLE_META_NAMES.map((metaName) => flow.meta[metaName] ?? '')
  const lines = [...titleLines([...metaTitles, ...tableTitles, ...flow.titles]), ...body]
  const doc: SourceDocument = { name, kind, lines }
  if (Object.keys(meta).length > 0) doc.meta = meta
  return doc
}
