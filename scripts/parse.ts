/**
 * Batch command: `npm run --silent parse -- [--csv | --xlsx] FILE_OR_DIR...`
 * Reads every file (folders recursively) with the same core as the dashboard and prints a JSON array,
 * one object per report (archive entries included), or with --csv one row per report, or with --xlsx
 * that table as an Excel workbook (with a sheet naming each column's cell id).
 * Exit 0 when every file was read, 1 when any failed, 2 on usage errors.
 */
import { once } from 'node:events'
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { exportCellColumns, FIELD_HEADERS, fieldRows } from '../src/core/model/exportColumns'
import { CSV_BOM, csvLine, type CsvValue } from '../src/core/csv'
import { workbookBytes } from '../src/core/xlsx/workbook'
import { batchTableHeaders, reportTableRow } from './cli/reportTable'
import { fileExtension } from '../src/core/ingest/fileExtension'
import { readFileRecords } from './cli/readFile'
import { ReaderPool } from './cli/readerPool'
import type { ReportRecord } from './cli/reportRecord'
import { walkFiles } from './cli/walkFiles'

/** At most this many threads read by default: each holds pdf.js and a file, and disks have limits too. */
const MAX_DEFAULT_JOBS = 8
const DEFAULT_JOBS = Math.min(availableParallelism(), MAX_DEFAULT_JOBS)

const USAGE = `用法: npm run --silent parse -- [--csv | --xlsx] [--jobs N] 文件或文件夹...
  读取政府信息公开工作年度报告（文件夹递归读取），输出 JSON 数组；--csv 输出 CSV（UTF-8 BOM）；
  --xlsx 输出 Excel 工作簿（请重定向到文件，如 > 年报.xlsx）。
  --jobs N 用 N 个线程同时读取；不指定时，文件较多、读取较慢（如上百个 PDF）时用本机核数个线程
  （此处为 ${DEFAULT_JOBS}，最多 ${MAX_DEFAULT_JOBS}），否则用一个。输出内容和顺序与线程数无关。
  退出码: 0 全部读取成功, 1 有文件读取失败, 2 用法错误。`

type Format = 'json' | 'csv' | 'xlsx'

interface Arguments {
  format: Format
  paths: string[]
  /** Threads asked for; undefined: chosen by the batch (see recordsOf). */
  jobs: number | undefined
}

const FORMAT_OPTIONS: Record<string, Format> = { '--csv': 'csv', '--xlsx': 'xlsx' }

function parseArguments(argv: string[]): Arguments | { help: true } | { error: string } {
  const paths: string[] = []
  let format: Format = 'json'
  let jobs: number | undefined
  for (let at = 0; at < argv.length; at++) {
    const argument = argv[at] ?? ''
    if (argument === '--help' || argument === '-h') return { help: true }
    const chosen = FORMAT_OPTIONS[argument]
    if (argument === '--jobs') {
      const value = argv[++at] ?? ''
      // Digits only: Number() would also take "", "0x10" and "1e3".
      if (!/^\d+$/.test(value) || Number(value) < 1) return { error: '--jobs 需要一个不小于 1 的整数' }
      jobs = Number(value)
    } else if (chosen !== undefined) {
      if (format !== 'json' && format !== chosen) return { error: '--csv 和 --xlsx 只能选一个' }
      format = chosen
    } else if (argument === '--') continue
    else if (argument.startsWith('-')) return { error: `未知选项: ${argument}` }
    else paths.push(argument)
  }
  if (paths.length === 0) return { error: '缺少文件或文件夹参数' }
  // A workbook's bytes on a terminal are noise, and can leave it in a strange state.
  if (format === 'xlsx' && process.stdout.isTTY)
    return {
      error:
        '--xlsx 输出的是二进制文件，请重定向到文件，如: npm run --silent parse -- --xlsx 文件夹 > 年报.xlsx',
    }
  return { format, paths, jobs }
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain')
}

/**
 * JSON and CSV are printed as they go: a folder of thousands of reports never sits in memory at once. A
 * workbook is one zip written at the end, so its rows are kept (one row of numbers per report).
 */
/**
 * Roughly what a file costs to read on one core, in ms, by extension (measured on the fixtures on a quiet
 * machine: a PDF about 90 ms once pdf.js is loaded, a .docx 40, a page 25, a .doc 15, a text 1 or 2).
 */
const READ_MS: Record<string, number> = { pdf: 90, docx: 40, zip: 40, html: 25, htm: 25, doc: 15, wps: 15 }
const OTHER_READ_MS = 2
/**
 * A thread starts in about 1.7 s before its first PDF is read (tsx, the core and pdf.js load again in every
 * one): a batch that one core reads in less than this is read on the command's own thread. 400 PDFs took
 * 37 s on one thread and 23 s on two; 48 took 5.3 s on one and 5.8 s on two.
 */
const MIN_MS_FOR_THREADS = 10_000

function readMs(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + (READ_MS[fileExtension(file)] ?? OTHER_READ_MS), 0)
}
/** Files read ahead of the one printed next, per thread: enough to keep every thread busy. */
const READ_AHEAD_PER_JOB = 4

/**
 * Every file under `paths`, in order, with its records, read on `asked` worker threads (when not asked:
 * DEFAULT_JOBS when the batch takes one core MIN_MS_FOR_THREADS or more, else one); the records come in the
 * files' order whichever thread finishes first. The paths are listed first (what they are decides whether
 * threads pay); records never pile up beyond the read-ahead.
 */
async function* recordsOf(
  paths: readonly string[],
  asked: number | undefined,
  onSkipped: () => void,
): AsyncGenerator<ReportRecord> {
  const files: string[] = []
  for (const path of paths) for await (const file of walkFiles(path, onSkipped)) files.push(file)
  const jobs = asked ?? (readMs(files) >= MIN_MS_FOR_THREADS ? DEFAULT_JOBS : 1)
  const pool = jobs > 1 ? new ReaderPool(jobs) : undefined
  if (pool !== undefined) process.stderr.write(`用 ${jobs} 个线程读取 ${files.length} 个文件\n`)
  const pending: Promise<ReportRecord[]>[] = []
  try {
    for (let next = 0; next < files.length || pending.length > 0;) {
      const ahead = pool === undefined ? 1 : jobs * READ_AHEAD_PER_JOB
      while (next < files.length && pending.length < ahead) {
        const file = files[next++] ?? ''
        pending.push(pool === undefined ? readFileRecords(file) : pool.read(file))
      }
      yield* (await pending.shift()) ?? []
    }
  } finally {
    await pool?.close()
  }
}

async function run({ format, paths, jobs }: Arguments): Promise<number> {
  const columns = exportCellColumns()
  const headers = batchTableHeaders(columns)
  const workbookRows: CsvValue[][] = []
  let printed = 0
  let failed = 0
  let skipped = 0
  const emit = async (record: ReportRecord) => {
    if (format === 'csv') await write(csvLine(reportTableRow(record, columns)))
    else if (format === 'xlsx') workbookRows.push(reportTableRow(record, columns))
    else await write(`${printed === 0 ? '\n' : ',\n'}  ${JSON.stringify(record)}`)
    printed++
    if (!record.ok) failed++
  }
  if (format === 'csv') await write(CSV_BOM + csvLine(headers))
  if (format === 'json') await write('[')
  for await (const record of recordsOf(paths, jobs, () => skipped++)) await emit(record)
  if (format === 'json') await write(printed === 0 ? ']\n' : '\n]\n')
  if (format === 'xlsx') {
    const workbook = workbookBytes([
      { name: '全部单元格', headers, rows: workbookRows, frozenColumns: 2 },
      { name: '字段说明', headers: FIELD_HEADERS, rows: fieldRows() },
    ])
    if (!process.stdout.write(workbook)) await once(process.stdout, 'drain')
  }
  if (skipped > 0) process.stderr.write(`已跳过文件夹中的 ${skipped} 个数据或程序文件（.json、.csv 等）\n`)
  if (failed > 0) process.stderr.write(`${failed} 个文件读取失败（共 ${printed} 项）\n`)
  return failed > 0 ? 1 : 0
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2))
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n${USAGE}\n`)
    return 2
  }
  for (const path of parsed.paths) {
    if (!(await stat(path).catch(() => undefined))) {
      process.stderr.write(`找不到文件或文件夹: ${path}\n`)
      return 2
    }
  }
  return run(parsed)
}

// A closed pipe (`… | head`) is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main()
