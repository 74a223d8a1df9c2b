/** RTF code pages (\ansicpgN) and font charsets (\fcharsetN) as WHATWG encoding labels. */
const CODE_PAGES: Record<number, string> = {
  936: 'gb18030',
  950: 'big5',
  932: 'shift_jis',
  949: 'euc-kr',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  65001: 'utf-8',
}

const FONT_CHARSETS: Record<number, string> = {
  0: 'windows-1252',
  128: 'shift_jis',
  129: 'euc-kr',
  134: 'gb18030',
  136: 'big5',
  204: 'windows-1251',
  238: 'windows-1250',
}

export function codePageEncoding(codePage: number): string | undefined {
  return CODE_PAGES[codePage]
}

export function fontCharsetEncoding(charset: number): string | undefined {
  return FONT_CHARSETS[charset]
}
