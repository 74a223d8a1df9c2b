import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { isModuleLoadFailure } from '../../../src/core/ingest/moduleLoadFailure'

const realPdf = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../fixtures/real/hongze_district_gov_2023.pdf')),
)

/** What each browser's import() rejects with when the server cannot be reached (or the file is gone). */
const browserFailures = {
  chromium: new TypeError(
    'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/pdf-CRk9oyiB.js',
  ),
  firefox: new TypeError('error loading dynamically imported module: http://127.0.0.1:4173/assets/pdf.js'),
  safari: new TypeError('Importing a module script failed.'),
}

describe('isModuleLoadFailure', () => {
  it.each(Object.entries(browserFailures))('recognises the failed import of %s', (_, error) => {
    expect(isModuleLoadFailure(error)).toBe(true)
  })

  it('leaves other errors alone', () => {
    expect(isModuleLoadFailure(new TypeError('Cannot read properties of undefined'))).toBe(false)
    expect(isModuleLoadFailure(new Error('Invalid PDF structure.'))).toBe(false)
    expect(isModuleLoadFailure(undefined)).toBe(false)
  })
})

describe('ingestFile when the reader cannot be loaded', () => {
  it.each(Object.entries(browserFailures))(
    'says in Chinese what happened to a PDF and what to do (%s)',
    async (_, error) => {
      const items = await ingestFile('hongze.pdf', realPdf, { pdfjs: () => Promise.reject(error) })
      expect(items).toEqual([
        {
          file: 'hongze.pdf',
          outcome: {
            ok: false,
            error: {
              code: 'reader-unavailable',
              message:
                '无法加载读取 PDF 文件所需的程序组件（网络中断或网站已更新），请刷新页面后重试；已加载的报告不受影响',
            },
          },
        },
      ])
    },
  )

  it('names the PDF inside a zip and still reads the zip’s other reports', async () => {
    const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/000_7bba39e252e1dfbf.txt'))
    const zip = zipSync({ 'a.pdf': realPdf, 'b.txt': new Uint8Array(seed) })
    const items = await ingestFile('bundle.zip', zip, {
      pdfjs: () => Promise.reject(browserFailures.chromium),
    })
    expect(items.map((item) => [item.file, item.outcome.ok || item.outcome.error.code])).toEqual([
      ['bundle.zip/a.pdf', 'reader-unavailable'],
      ['bundle.zip/b.txt', true],
    ])
  })

  it('keeps the reason of any other failure', async () => {
    const items = await ingestFile('hongze.pdf', realPdf, {
      pdfjs: () => Promise.reject(new Error('内存不足')),
    })
    expect(items[0]?.outcome).toEqual({
      ok: false,
      error: { code: 'corrupt', message: '文件读取失败：内存不足' },
    })
  })
})
