import iconv from 'iconv-lite'

export function gbk(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gbk'))
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A seed report as an old CMS would publish it: tab rows as <TR>, other lines as <P>. */
export function seedAsPage(seed: string, head: string): string {
  const body: string[] = []
  let inTable = false
  for (const line of seed.split(/\r?\n/)) {
    const isRow = line.includes('\t')
    if (isRow && !inTable) body.push('<TABLE border=1>')
    if (!isRow && inTable) body.push('</TABLE>')
    inTable = isRow
    const cells = line
      .split('\t')
      .map((cell) => `<TD>${cell.trim() === '' ? '&nbsp;' : escapeHtml(cell)}</TD>`)
    body.push(isRow ? `<TR>${cells.join('')}</TR>` : `<P>${escapeHtml(line)}</P>`)
  }
  if (inTable) body.push('</TABLE>')
  return `<HTML><HEAD>${head}</HEAD><BODY>\r\n${body.join('\r\n')}\r\n</BODY></HTML>`
}

/** The head of an old gb2312 CMS page. */
export const GB2312_HEAD =
  '<META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>政府信息公开</TITLE>'
