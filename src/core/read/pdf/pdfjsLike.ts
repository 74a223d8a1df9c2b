/**
 * The slice of the pdf.js API the PDF reader uses, as a structural type. pdf.js itself is injected:
 * the browser worker passes the modern build, Node (CLI, tests) the legacy build, so this folder
 * never imports pdfjs-dist and stays free of platform code.
 */

export interface PdfTextItemLike {
  str: string
  /** [a, b, c, d, e, f]: e is x, f is the baseline y measured from the page bottom. */
  transform: readonly number[]
  width: number
  height: number
  fontName?: string
  /** 'ttb' for vertical writing. */
  dir?: string
}

/** Marked-content markers arrive among the items; they carry no text. */
export interface PdfMarkedContentLike {
  type: string
}

export interface PdfTextContentLike {
  items: ReadonlyArray<PdfTextItemLike | PdfMarkedContentLike>
  styles?: Readonly<Record<string, { vertical?: boolean }>>
}

export interface PdfPageLike {
  /** [x0, y0, x1, y1] of the page in PDF units. */
  view: readonly number[]
  /** The page's /Rotate: how far clockwise a viewer turns it (0, 90, 180 or 270). */
  rotate?: number
  getTextContent(): Promise<PdfTextContentLike>
  cleanup?(): unknown
}

export interface PdfDocumentLike {
  numPages: number
  getPage(pageNumber: number): Promise<PdfPageLike>
  destroy(): Promise<void>
}

export interface PdfLoadingTaskLike {
  promise: Promise<PdfDocumentLike>
  destroy(): Promise<void>
}

export interface PdfDocumentParams {
  data: Uint8Array
  cMapUrl: string
  cMapPacked: boolean
  standardFontDataUrl: string
  isEvalSupported: boolean
  useSystemFonts: boolean
  verbosity: number
  /** Called when the file is encrypted; we never prompt, so it rejects. */
  password?: string
  /** pdf.js's own worker code fetches the cmaps and standard fonts (see PdfjsLike.workerFetch). */
  useWorkerFetch?: boolean
}

export interface PdfjsLike {
  getDocument(params: PdfDocumentParams): PdfLoadingTaskLike
  /** Where this platform's pdf.js finds the CJK cmaps and standard fonts (directory URLs/paths ending in '/'). */
  cMapUrl: string
  standardFontDataUrl: string
  /**
   * Whether pdf.js must fetch cmaps and standard fonts from its worker code. In a web worker it must: its
   * page-side loader resolves URLs against `document`, which a worker lacks, so a PDF whose Chinese font is
   * not embedded (STSong-Light and the other Adobe CJK fonts) would lose its text.
   */
  workerFetch?: boolean
}
