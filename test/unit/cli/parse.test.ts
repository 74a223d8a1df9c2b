import { execFile } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readWorkbook } from '../../helpers/readWorkbook'

const root = resolve(import.meta.dirname, '../../..')
const seeds = join(root, 'test/fixtures/seeds')
const seedFiles = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the batch command as a user would, in a child process. */
function runParse(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/parse.ts', ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : 0
        done({ code, stdout, stderr })
      },
    )
  })
}

/** The command's standard output as bytes (a workbook is binary). */
function runParseBytes(args: string[]): Promise<{ code: number; stdout: Buffer }> {
  return new Promise((done) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/parse.ts', ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' },
      (error, stdout) => {
        const code = error && typeof error.code === 'number' ? error.code : 0
        done({ code, stdout })
      },
    )
  })
}

interface Expected {
  agency: string
  year: number
  template: string
  scope: string
  cells: Record<string, number>
}

interface Printed extends Partial<Expected> {
  file: string
  ok: boolean
  error?: string
  checks?: { rule: string; severity: string; ok: boolean; message: string }[]
  notices?: unknown[]
}

const expectedOf = (txt: string): Expected =>
  JSON.parse(readFileSync(join(seeds, txt.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected

const scratch = mkdtempSync(join(tmpdir(), 'parse-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('npm run parse', () => {
  it('reads the seed folder into one JSON object per report, equal to the ground truth, exit 0', async () => {
    const run = await runParse([seeds])
    expect(run.code).toBe(0)
    // Five text files: read on the command's own thread, no worker threads started.
    expect(run.stderr).not.toContain('个线程读取')
    const printed = JSON.parse(run.stdout) as Printed[]
    expect(printed.map((item) => item.file)).toEqual(seedFiles)
    for (const item of printed) {
      const expected = expectedOf(item.file)
      expect(item.ok).toBe(true)
      expect({ agency: item.agency, year: item.year, template: item.template, scope: item.scope }).toEqual({
        agency: expected.agency,
        year: expected.year,
        template: expected.template,
        scope: expected.scope,
      })
      expect(item.cells).toEqual(expected.cells)
      expect(item.checks?.length).toBeGreaterThan(0)
      for (const check of item.checks ?? [])
        expect(Object.keys(check).sort()).toEqual(['message', 'ok', 'rule', 'severity'])
      expect(Array.isArray(item.notices)).toBe(true)
    }
  }, 60_000)

  it('reads the real PDF and saved page (pdf.js injected for Node) per their ground truth', async () => {
    const real = join(root, 'test/fixtures/real')
    const run = await runParse([real])
    expect(run.code).toBe(0)
    const printed = JSON.parse(run.stdout) as Printed[]
    expect(printed.map((item) => item.file)).toEqual([
      'hongze_district_gov_2023.pdf',
      'shuyang_fgj_2023_page.html',
    ])
    for (const item of printed) {
      const expected = JSON.parse(
        readFileSync(join(real, item.file.replace(/\.\w+$/, '.expected.json')), 'utf8'),
      ) as Expected
      expect([item.agency, item.year, item.template, item.scope]).toEqual([
        expected.agency,
        expected.year,
        expected.template,
        expected.scope,
      ])
      expect(item.cells).toEqual(expected.cells)
    }
  }, 60_000)

  it('reads a folder of PDFs on the threads --jobs asks for, printing what one thread prints', async () => {
    const pdfs = join(root, 'test/fixtures/generated/pdf')
    const folder = join(scratch, 'pdfs')
    mkdirSync(folder)
    // Copies under names that keep the seeds' order within each round.
    const names = readdirSync(pdfs).filter((name) => name.endsWith('.pdf'))
    for (let round = 0; round < 30 / names.length; round++)
      for (const name of names) copyFileSync(join(pdfs, name), join(folder, `${round}_${name}`))
    const one = await runParse(['--jobs', '1', folder])
    const two = await runParse(['--jobs', '2', folder])
    expect(one.stderr).not.toContain('个线程读取')
    expect(two.stderr).toContain(`用 2 个线程读取 ${readdirSync(folder).length} 个文件`)
    expect(two.code).toBe(one.code)
    expect(two.stdout).toBe(one.stdout)
    const printed = JSON.parse(two.stdout) as Printed[]
    expect(printed.map((item) => item.file)).toEqual(readdirSync(folder).sort())
    expect(printed.filter((item) => item.ok).length).toBeGreaterThan(20)
  }, 120_000)

  it('walks nested folders, entries of each folder in name order', async () => {
    const nested = join(scratch, 'nested/deeper/deepest')
    mkdirSync(nested, { recursive: true })
    copyFileSync(join(seeds, seedFiles[0]!), join(scratch, 'nested', seedFiles[0]!))
    copyFileSync(join(seeds, seedFiles[3]!), join(nested, seedFiles[3]!))
    const run = await runParse([join(scratch, 'nested')])
    expect(run.code).toBe(0)
    const printed = JSON.parse(run.stdout) as Printed[]
    // "000_….txt" sorts before the folder "deeper".
    expect(printed.map((item) => [item.file, item.agency])).toEqual([
      [seedFiles[0], expectedOf(seedFiles[0]!).agency],
      [seedFiles[3], expectedOf(seedFiles[3]!).agency],
    ])
  }, 60_000)

  it('reports a binary file as ok:false with the reason and exits 1, still printing the good file', async () => {
    const binary = join(scratch, 'photo.dat')
    writeFileSync(
      binary,
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
    )
    const run = await runParse([join(seeds, seedFiles[1]!), binary])
    expect(run.code).toBe(1)
    const printed = JSON.parse(run.stdout) as Printed[]
    expect(printed).toHaveLength(2)
    expect(printed[0]).toMatchObject({
      file: seedFiles[1],
      ok: true,
      agency: expectedOf(seedFiles[1]!).agency,
    })
    expect(printed[1]).toEqual({
      file: 'photo.dat',
      ok: false,
      code: 'binary',
      error: '无法识别的二进制文件',
    })
  }, 60_000)

  it('--csv writes a BOM, Chinese headers and one row per report with the report numbers', async () => {
    const run = await runParse(['--csv', seeds])
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('\uFEFF机关,年度,模板,范围,')).toBe(true)
    const lines = run.stdout.slice(1).trimEnd().split('\r\n')
    expect(lines).toHaveLength(1 + seedFiles.length)
    const header = lines[0]!.split(',')
    expect(header).toContain('表三·新收申请·自然人')
    expect(header).toContain('表二·行政许可·处理决定数量')
    expect(header).toContain('表四·行政复议·结果纠正')
    expect(header).toContain('检查')
    const first = lines[1]!.split(',')
    const expected = expectedOf(seedFiles[0]!)
    expect(first[0]).toBe(expected.agency)
    expect(first[1]).toBe(String(expected.year))
    expect(first[header.indexOf('表二·行政事业性收费·收费金额（万元）')]).toBe(
      String(expected.cells['proactive.fees.amount']),
    )
    expect(first[header.indexOf('表三·新收申请·总计')]).toBe(
      String(expected.cells['applications.received.total']),
    )
  }, 60_000)

  it('--xlsx writes a workbook: one row per report with every cell of its ground truth, and the fields', async () => {
    const run = await runParseBytes(['--xlsx', seeds])
    expect(run.code).toBe(0)
    const { sheets } = readWorkbook(new Uint8Array(run.stdout))
    expect(sheets.map((sheet) => sheet.name)).toEqual(['全部单元格', '字段说明'])
    const [headers = [], ...rows] = sheets[0]?.rows ?? []
    const fields = (sheets[1]?.rows ?? []).slice(1)
    expect(rows).toHaveLength(seedFiles.length)
    seedFiles.forEach((file, at) => {
      const expected = expectedOf(file)
      const row = rows[at] ?? []
      expect(row.slice(0, 2)).toEqual([expected.agency, expected.year])
      expect(row[headers.indexOf('文件')]).toBe(file)
      for (const [label, id] of fields)
        expect(row[headers.indexOf(label)], `${file} ${String(id)}`).toBe(expected.cells[String(id)])
    })
  }, 60_000)

  it('--csv says in 检查 what the reader could not read, as the page does, not 全部通过', async () => {
    const seed = readFileSync(join(seeds, '001_cad4fa3e014eb2f3.txt'), 'utf8')
    expect(seed).toContain('行政许可\t0\t\t')
    const dir = join(scratch, 'unread')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'unread.txt'), seed.replace('行政许可\t0\t\t', '行政许可\t不详\t\t'))
    const run = await runParse(['--csv', dir])
    const [header = '', row = ''] = run.stdout.slice(1).trimEnd().split('\r\n')
    const check = row.split(',')[header.split(',').indexOf('检查')]
    expect(check).toBe('1 格未读取')
    expect(row.split(',')[header.split(',').indexOf('表二·行政许可·处理决定数量')]).toBe('')
  }, 60_000)

  it('names the agency and year of a title with the year in Chinese numerals, in a file named 附件1', async () => {
    const name = '000_7bba39e252e1dfbf'
    const seed = readFileSync(join(seeds, `${name}.txt`), 'utf8')
    const title = '# 新乡县城市管理局 2023 年政府信息公开工作年度 报告'
    expect(seed).toContain(title)
    const dir = join(scratch, 'attachments')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, '附件1.txt'),
      seed.replace(title, '# 新乡县城市管理局二 〇 二 三 年政府信息公开工作年度报告'),
    )
    writeFileSync(join(dir, '附件2.txt'), seed.replace(title, '# 新乡县城市管理局政府信息公开工作年度报告'))
    const run = await runParse([dir])
    expect(run.code).toBe(0)
    const [chinese, yearless] = JSON.parse(run.stdout) as Printed[]
    const expected = expectedOf(`${name}.txt`)
    expect([chinese?.file, chinese?.agency, chinese?.year]).toEqual([
      '附件1.txt',
      expected.agency,
      expected.year,
    ])
    expect(chinese?.cells).toEqual(expected.cells)
    expect(JSON.stringify(chinese?.notices)).not.toContain('identity-guessed')
    // No year in the title: the agency is still the title's, and the unknown year is said.
    expect([yearless?.file, yearless?.agency, yearless?.year]).toEqual(['附件2.txt', expected.agency, 0])
    expect(JSON.stringify(yearless?.notices)).toContain('标题中没有年度')
  }, 60_000)

  it('exits 2 on usage errors', async () => {
    expect((await runParse(['--csv', '--xlsx', seeds])).code).toBe(2)
    expect((await runParse([])).code).toBe(2)
    expect((await runParse(['--frobnicate', seeds])).code).toBe(2)
    for (const jobs of ['0', 'two', ''])
      expect((await runParse(['--jobs', jobs, seeds])).stderr).toContain('--jobs 需要一个不小于 1 的整数')
    const missing = await runParse([join(scratch, 'no-such-file.txt')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('找不到文件或文件夹')
  }, 60_000)
})
