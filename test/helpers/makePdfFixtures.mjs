// Writes the hand-made PDF fixtures of test/fixtures/generated/pdf/ (run: node test/helpers/makePdfFixtures.mjs).
// - scanned_image_only.pdf: two A4 pages that only paint a grey image, like a scan with no OCR layer.
// - password_protected.pdf: one page, encrypted (standard security handler, RC4 40-bit) with
//   user password "secret", so it cannot be opened without it.
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'generated', 'pdf')

/** objects: bodies of objects 1..n (without "n 0 obj"), as Buffers or strings. */
function writePdf(objects, trailerExtra = '') {
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  const offsets = []
  let length = parts[0].length
  objects.forEach((body, index) => {
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n', 'latin1'),
    ])
    offsets.push(length)
    parts.push(chunk)
    length += chunk.length
  })
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n']
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`)
  xref.push(
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`,
  )
  parts.push(Buffer.from(xref.join(''), 'latin1'))
  return Buffer.concat(parts)
}

function stream(dict, data) {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ])
}

function scannedPdf() {
  const side = 64
  const pixels = Buffer.alloc(side * side)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37 + (i >> 6) * 11) % 256
  const content = Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q', 'latin1')
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 6 0 R >>',
    stream(
      `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8`,
      pixels,
    ),
    stream('', content),
  ])
}

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex')

function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i)
  let j = 0
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) % 256
    ;[s[i], s[j]] = [s[j], s[i]]
  }
  const output = Buffer.alloc(data.length)
  let i = 0
  j = 0
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) % 256
    j = (j + s[i]) % 256
    ;[s[i], s[j]] = [s[j], s[i]]
    output[k] = data[k] ^ s[(s[i] + s[j]) % 256]
  }
  return output
}

function padded(password) {
  return Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32)
}

const md5 = (data) => createHash('md5').update(data).digest()

/** Standard security handler, revision 2 (PDF 1.7 §7.6.3, algorithms 2, 3 and 4). */
function encryptedPdf(userPassword, ownerPassword) {
  const id = md5(Buffer.from('gov-disclosure-dashboard fixture', 'latin1'))
  const permissions = -44
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword))
  const p = Buffer.alloc(4)
  p.writeInt32LE(permissions)
  const key = md5(Buffer.concat([padded(userPassword), owner, p, id])).subarray(0, 5)
  const user = rc4(key, PADDING)
  const hex = (buffer) => `<${buffer.toString('hex')}>`
  // No strings or streams, so nothing else needs encrypting: the page is empty.
  return writePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>',
      `<< /Filter /Standard /V 1 /R 2 /O ${hex(owner)} /U ${hex(user)} /P ${permissions} >>`,
    ],
    `/Encrypt 4 0 R /ID [${hex(id)} ${hex(id)}] `,
  )
}

writeFileSync(join(out, 'scanned_image_only.pdf'), scannedPdf())
writeFileSync(join(out, 'password_protected.pdf'), encryptedPdf('secret', 'owner-secret'))
console.log(`PDF fixtures written to ${out}`)
