/** Search ignores spaces and letter case, so "新乡 县" finds 新乡县城市管理局. */
export function compactSearchText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}
