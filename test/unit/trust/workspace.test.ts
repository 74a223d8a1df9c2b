import { describe, expect, it } from 'vitest'
import { withAllChecks } from '../../../src/core/checks/runChecks'
import { applyCorrection } from '../../../src/core/corrections'
import {
  EMPTY_WORKSPACE,
  parseWorkspace,
  serializeWorkspace,
  validateWorkspace,
  WORKSPACE_FORMAT,
  type Workspace,
} from '../../../src/core/workspace/workspace'
import { readRealReport, readTextReport, SEED_FILES } from './readFixture'

const SAVED = '2025-02-03T04:05:06.000Z'

async function sampleWorkspace(): Promise<Workspace> {
  const hongze = withAllChecks(await readRealReport('hongze_district_gov_2023.pdf'))
  const shuyang = withAllChecks(await readRealReport('shuyang_fgj_2023_page.html'))
  const fix = applyCorrection('pdf', hongze, 'appeals.reconsideration.total', 11, '2025-01-01T00:00:00.000Z')
  if (!fix.ok) throw new Error(fix.error.message)
  return {
    reports: [
      {
        id: 'pdf',
        fileName: 'hongze_district_gov_2023.pdf',
        fingerprint: 'f1',
        addedAt: SAVED,
        report: fix.report,
      },
      {
        id: 'html',
        fileName: 'shuyang_fgj_2023_page.html',
        fingerprint: 'f2',
        addedAt: SAVED,
        report: shuyang,
      },
      ...SEED_FILES.map((file, i) => ({
        id: `seed${i}`,
        fileName: file,
        fingerprint: `s${i}`,
        addedAt: SAVED,
        report: withAllChecks(readTextReport(file)),
      })),
    ],
    corrections: [fix.correction],
    identityCorrections: { seed0: { year: 2022, at: '2025-01-02T00:00:00.000Z' } },
    aliases: { 沭阳县发改局: '沭阳县发展和改革局' },
    filters: { agencies: ['洪泽区人民政府'], years: [2023], onlyProblems: true },
    files: [
      { name: 'hongze_district_gov_2023.pdf', size: 412_031, status: 'read', reportIds: ['pdf'] },
      { name: '两份年报.zip', size: 9_876, status: 'read', reportIds: ['html', 'seed0'] },
      { name: '扫描件.pdf', size: 1_024, status: 'failed', message: '扫描件（图片），没有可读取的文字' },
      {
        name: '副本.txt',
        size: 512,
        status: 'duplicate',
        message: '内容与已加载的报告相同，未再次加载：某局 2023（seed1.txt）',
        duplicateOf: ['seed1'],
        namedAs: { seed1: '某局 2023' },
      },
    ],
  }
}

describe('workspace file', () => {
  it('round-trips real reports, their sources, corrections, aliases, filters and file list without loss', async () => {
    const workspace = await sampleWorkspace()
    const text = serializeWorkspace(workspace, SAVED)
    const outcome = parseWorkspace(text)
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.workspace).toEqual(workspace)
    expect(outcome.savedAt).toBe(SAVED)
    expect(serializeWorkspace(outcome.workspace, SAVED)).toBe(text)
    const pdf = outcome.workspace.reports[0]?.report
    expect(pdf?.document.lines.some((line) => line.page === 4)).toBe(true)
    expect(pdf?.cells['appeals.reconsideration.total']?.corrected).toEqual({
      original: 0,
      at: '2025-01-01T00:00:00.000Z',
    })
    expect(JSON.parse(text)).toMatchObject({ format: WORKSPACE_FORMAT, version: 1 })
  }, 30_000)

  it('round-trips the empty workspace', () => {
    const outcome = parseWorkspace(serializeWorkspace(EMPTY_WORKSPACE, SAVED))
    expect(outcome.ok && outcome.workspace).toEqual(EMPTY_WORKSPACE)
  })

  it('accepts fields it does not know (a later minor addition) and keeps those inside reports', () => {
    const report = { ...readTextReport(SEED_FILES[0] ?? ''), reviewedBy: '张三' }
    const entry = { id: 'a', fileName: 'x', fingerprint: 'f', addedAt: SAVED, report }
    const text = serializeWorkspace({ ...EMPTY_WORKSPACE, reports: [entry] }, SAVED).replace(
      '"aliases"',
      '"extra":1,"aliases"',
    )
    const outcome = parseWorkspace(text)
    expect(outcome.ok && outcome.workspace.reports[0]?.report).toEqual(report)
  })

  it.each([
    ['', 'not-json'],
    ['{"format":', 'not-json'],
    ['[]', 'not-a-workspace'],
    ['{"reports":[]}', 'not-a-workspace'],
    [`{"format":"${WORKSPACE_FORMAT}","version":99}`, 'newer-version'],
    [`{"format":"${WORKSPACE_FORMAT}","version":"1"}`, 'invalid'],
    [`{"format":"${WORKSPACE_FORMAT}","version":1}`, 'invalid'],
  ])('refuses %j as %s', (text, code) => {
    const outcome = parseWorkspace(text)
    expect(outcome.ok || outcome.error.code).toBe(code)
  })

  it('names the first bad field', async () => {
    const workspace = await sampleWorkspace()
    const value = JSON.parse(serializeWorkspace(workspace, SAVED)) as {
      reports: { report: { cells: Record<string, { value: unknown }> } }[]
    }
    const cell = value.reports[1]?.report.cells['applications.received.total']
    if (cell) cell.value = '26'
    const outcome = validateWorkspace(value)
    expect(outcome.ok || outcome.error.message).toContain(
      'reports[1].report.cells.applications.received.total.value',
    )
  }, 30_000)

  it('refuses duplicate report ids and corrections of reports not in the file', () => {
    const report = readTextReport(SEED_FILES[0] ?? '')
    const entry = { id: 'a', fileName: 'x', fingerprint: 'f', addedAt: SAVED, report }
    const twice = serializeWorkspace({ ...EMPTY_WORKSPACE, reports: [entry, entry] }, SAVED)
    expect(parseWorkspace(twice).ok).toBe(false)
    const orphan = { reportId: 'zzz', cellId: 'applications.received.total', old: 0, new: 1, at: SAVED }
    const text = serializeWorkspace({ ...EMPTY_WORKSPACE, reports: [entry], corrections: [orphan] }, SAVED)
    const outcome = parseWorkspace(text)
    expect(outcome.ok || outcome.error.message).toContain('zzz')
  })

  it('reads a file written before identity corrections as having none, and refuses one of a report not in the file', () => {
    const report = readTextReport(SEED_FILES[0] ?? '')
    const entry = { id: 'a', fileName: 'x', fingerprint: 'f', addedAt: SAVED, report }
    const older = JSON.parse(serializeWorkspace({ ...EMPTY_WORKSPACE, reports: [entry] }, SAVED)) as Record<
      string,
      unknown
    >
    delete older.identityCorrections
    const outcome = validateWorkspace(older)
    expect(outcome.ok && outcome.workspace.identityCorrections).toEqual({})
    const orphan = serializeWorkspace(
      { ...EMPTY_WORKSPACE, reports: [entry], identityCorrections: { gone: { year: 2023, at: SAVED } } },
      SAVED,
    )
    const refused = parseWorkspace(orphan)
    expect(refused.ok || refused.error.message).toContain('gone')
    const wrongYear = serializeWorkspace(
      { ...EMPTY_WORKSPACE, reports: [entry], identityCorrections: { a: { year: 2023.5, at: SAVED } } },
      SAVED,
    )
    const badYear = parseWorkspace(wrongYear)
    expect(badYear.ok || badYear.error.message).toContain('identityCorrections.a.year')
    const noName = parseWorkspace(
      serializeWorkspace(
        { ...EMPTY_WORKSPACE, reports: [entry], identityCorrections: { a: { agency: '', at: SAVED } } },
        SAVED,
      ),
    )
    expect(noName.ok || noName.error.message).toContain('报告 a 的机关或年度更正有误：请填写机关名称')
  })

  it('reads a file written before the file list was kept as having none, and refuses a line of a report not in the file', () => {
    const report = readTextReport(SEED_FILES[0] ?? '')
    const entry = { id: 'a', fileName: 'x.txt', fingerprint: 'f', addedAt: SAVED, report }
    const read = { name: 'x.txt', size: 1, status: 'read' as const }
    const older = JSON.parse(
      serializeWorkspace(
        { ...EMPTY_WORKSPACE, reports: [entry], files: [{ ...read, reportIds: ['a'] }] },
        SAVED,
      ),
    ) as Record<string, unknown>
    delete older.files
    const outcome = validateWorkspace(older)
    expect(outcome.ok).toBe(true)
    expect(outcome.ok && 'files' in outcome.workspace).toBe(false)
    const orphan = parseWorkspace(
      serializeWorkspace(
        { ...EMPTY_WORKSPACE, reports: [entry], files: [{ ...read, reportIds: ['gone'] }] },
        SAVED,
      ),
    )
    expect(orphan.ok || orphan.error.message).toBe(
      '工作区文件内容有误：文件列表中的 x.txt 指向不存在的报告：gone',
    )
    // A file still being read has no report to keep: no line says so.
    const reading = JSON.parse(
      serializeWorkspace({ ...EMPTY_WORKSPACE, reports: [entry], files: [read] }, SAVED),
    ) as { files: { status: string }[] }
    for (const line of reading.files) line.status = 'reading'
    const unsettled = validateWorkspace(reading)
    expect(unsettled.ok || unsettled.error.message).toContain('工作区.files[0].status')
  })

  it.each([
    ['applications.received.total', 2.5, '必须是整数'],
    ['proactive.licensing.decisions', -1, '不能为负数'],
  ])('refuses a file whose %s is %s, which no report holds', (cellId, value, why) => {
    const report = readTextReport(SEED_FILES[0] ?? '')
    const cell = report.cells[cellId]
    if (cell === undefined) throw new Error(`seed lacks ${cellId}`)
    const edited = { ...report, cells: { ...report.cells, [cellId]: { ...cell, value } } }
    const entry = { id: 'a', fileName: 'x.txt', fingerprint: 'f', addedAt: SAVED, report: edited }
    const outcome = parseWorkspace(serializeWorkspace({ ...EMPTY_WORKSPACE, reports: [entry] }, SAVED))
    expect(outcome.ok).toBe(false)
    expect(outcome.ok || outcome.error.message).toContain(`x.txt`)
    expect(outcome.ok || outcome.error.message).toContain(why)
  })

  it('never throws on a truncated or damaged file', async () => {
    const text = serializeWorkspace(await sampleWorkspace(), SAVED)
    for (let cut = 0; cut < text.length; cut += Math.ceil(text.length / 97)) {
      const outcome = parseWorkspace(text.slice(0, cut))
      expect(outcome.ok).toBe(false)
    }
    for (const damaged of ['null', '0', '"text"', 'true', text.replace('"cells":{', '"cells":[')])
      expect(() => parseWorkspace(damaged)).not.toThrow()
  }, 30_000)
})
