import type { ParseError, SourceDocument, SourceLine } from '../../model/report'
import { documentRows, pageText, type PageText } from './pageRows'
import { pdfLoadError, SCANNED_PDF, UNREADABLE_TEXT_LAYER } from './pdfErrors'
import type { PdfDocumentLike, PdfDocumentParams, PdfjsLike } from './pdfjsLike'
import { shownContent, shownPage } from './shownPage'

/** Fewer text characters than this per page on average: the pages are images (a scan). */
const MIN_CHARS_PER_PAGE = 5
const CJK = /[\u4e00-\u9fff]/

async function readPages(document: PdfDocumentLike): Promise<PageText[]> {
  const pages: PageText[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const shown = shownPage(page.view, page.rotate)
    pages.push(pageText(number, shown.height, shownContent(await page.getTextContent(), shown)))
    page.cleanup?.()
  }
  return pages
}

function textLayerError(pages: readonly PageText[]): ParseError | undefined {
  const glyphs = pages.flatMap((page) => page.glyphs)
  const chars = glyphs.reduce((sum, glyph) => sum + glyph.text.length, 0)
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) return SCANNED_PDF
  if (!glyphs.some((glyph) => CJK.test(glyph.text))) return UNREADABLE_TEXT_LAYER
  return undefined
}

/**
 * A cell's centre to a tenth of a PDF unit: finer than any order read from it needs (names less than a
 * whole unit apart stand in one column), and the same centre whatever float noise pdf.js's transforms leave
 * ("157.79200000000003"). The centres serve the reading only (ingestFile drops them from the kept report).
 */
const toTenth = (center: number) => Math.round(center * 10) / 10

function toSourceLines(pages: readonly PageText[]): SourceLine[] {
  return documentRows(pages).map((row) => ({
    text: row.cells.join(' ').trim(),
    cells: row.cells,
    cellCenters: row.centers.map(toTenth),
    page: row.page,
  }))
}

/** How the reader asks pdf.js to open a file. */
export function documentParams(bytes: Uint8Array, pdfjs: PdfjsLike): PdfDocumentParams {
  return {
    // pdf.js may transfer (detach) the buffer it is given; the caller keeps its bytes. A plain
    // Uint8Array copy: pdf.js refuses a Node Buffer, and a Buffer's slice() is a Buffer view, not a copy.
    data: new Uint8Array(bytes),
    cMapUrl: pdfjs.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: pdfjs.standardFontDataUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    ...(pdfjs.workerFetch === true ? { useWorkerFetch: true } : {}),
  }
}

async function loadDocument(bytes: Uint8Array, pdfjs: PdfjsLike): Promise<PdfDocumentLike | ParseError> {
  try {
    const task = pdfjs.getDocument(documentParams(bytes, pdfjs))
    return await task.promise
  } catch (error) {
    return pdfLoadError(error)
  }
}

function isParseError(value: PdfDocumentLike | ParseError): value is ParseError {
  return 'code' in value
}

/**
 * A PDF → its lines, one SourceLine per visual line with table rows split into cells (a blank
 * table cell is ""). Scans (no text layer), garbled text layers, encrypted and broken files are
 * typed errors; this never throws for bad input.
 */
export async function pdfToDocument(
  name: string,
  bytes: Uint8Array,
  pdfjs: PdfjsLike,
): Promise<SourceDocument | ParseError> {
  const loaded = await loadDocument(bytes, pdfjs)
  if (isParseError(loaded)) return loaded
  try {
    const pages = await readPages(loaded)
    const unreadable = textLayerError(pages)
    if (unreadable) return unreadable
    return { name, kind: 'pdf', lines: toSourceLines(pages) }
  } catch (error) {
    return pdfLoadError(error)
  } finally {
    await loaded.destroy().catch(() => undefined)
  }
}
