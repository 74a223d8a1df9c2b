/**
 * Batch command: `npm run --silent parse -- [--csv | --xlsx] FILE_OR_DIR...`
 * Reads every file (folders recursively) with the same core as the dashboard and prints a JSON array,
 * one object per report (archive entries included), or with --csv one row per report, or with --xlsx
 * that table as an Excel workbook (with a sheet naming each column's cell id).
 * Exit 0 when every file was read, 1 when any failed, 2 on usage errors.
 */
import { once } from 'node:events'
import { stat } from 'node:fs/promises'
import { exportCellColumns, FIELD_HEADERS, fieldRows } from '../src/core/model/exportColumns'
import { CSV_BOM, csvLine, type CsvValue } from '../src/core/csv'
import { workbookBytes } from '../src/core/xlsx/workbook'
import { batchTableHeaders, reportTableRow } from './cli/reportTable'
import { DEFAULT_JOBS, MAX_DEFAULT_JOBS, recordsOf } from './cli/batchRecords'
import type { ReportRecord } from './cli/reportRecord'

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
