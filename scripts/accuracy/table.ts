/** The accuracy command's printed table. */
import { share, type ReportScore, type TotalScore } from './score'

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

function mark(ok: boolean): string {
  return ok ? '✓' : '✗'
}

/** Pads by display width: CJK characters take two columns in a terminal. */
function pad(text: string, width: number): string {
  const shown = [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)
  return text + ' '.repeat(Math.max(0, width - shown))
}

const COLUMNS = [
  'file',
  'cells',
  'share',
  'wrong',
  'missing',
  'flagged',
  'invented',
  'agency',
  'year',
  'tmpl',
  'detail',
]

export function formatTable(scores: readonly ReportScore[], total: TotalScore): string {
  const rows = scores.map((s) => [
    s.file,
    `${s.correct}/${s.expectedCells}`,
    percent(share(s.correct, s.expectedCells)),
    String(s.wrong),
    String(s.missing),
    String(s.flagged),
    String(s.invented),
    s.read ? mark(s.agencyOk) : '-',
    s.read ? mark(s.yearOk) : '-',
    s.read ? mark(s.templateOk) : '-',
    s.read ? s.examples.join(', ') : `未读取 ${s.error ?? ''}`,
  ])
  const widths = COLUMNS.map((title, i) =>
    i === COLUMNS.length - 1
      ? 0
      : Math.max(title.length, ...rows.map((r) => pad(r[i] ?? '', 0).length + countWide(r[i] ?? ''))),
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const totalLine =
    `TOTAL  files read ${total.read}/${total.files}  cells ${total.correct}/${total.expectedCells} ` +
    `(${percent(share(total.correct, total.expectedCells))})  wrong ${total.wrong}  missing ${total.missing} ` +
    `(flagged ambiguous ${total.flagged})  invented ${total.invented}  agency ${total.agencyOk}/${total.files}  ` +
    `year ${total.yearOk}/${total.files}  template ${total.templateOk}/${total.files}`
  return [line(COLUMNS), ...rows.map(line), '', totalLine].join('\n')
}

function countWide(text: string): number {
  return [...text].filter((ch) => /[\u1100-\uffff]/.test(ch)).length
}
