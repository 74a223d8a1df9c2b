import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { PdfjsLike } from '../src/core/read/pdf/pdfjsLike'

/*
 * pdf.js for Node (batch CLI, tests): the legacy build, which runs on node 20 without a worker,
 * with the cmaps and standard fonts read from node_modules.
 */

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

let loaded: Promise<PdfjsLike> | undefined

export function loadNodePdfjs(): Promise<PdfjsLike> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => ({
    getDocument: (params) => pdfjs.getDocument(params),
    cMapUrl: join(packageDir, 'cmaps') + '/',
    standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
  }))
  return loaded
}
