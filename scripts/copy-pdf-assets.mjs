// Copies pdf.js's CJK cmaps and standard fonts into public/pdfjs/ so the app serves them from its
// own origin (pdf.js would otherwise fetch them from a CDN). Run by "postinstall" and "prebuild".
import { cpSync, existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const target = join(root, 'public', 'pdfjs')

mkdirSync(target, { recursive: true })
for (const folder of ['cmaps', 'standard_fonts']) {
  const from = join(source, folder)
  if (!existsSync(from)) throw new Error(`pdfjs-dist has no ${folder}/ at ${from}`)
  cpSync(from, join(target, folder), { recursive: true })
}
console.log(`pdf.js assets copied to ${target}`)
