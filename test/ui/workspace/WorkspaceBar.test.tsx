import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { serializeWorkspace } from '../../../src/core/workspace/workspace'
import {
  startWorkspacePersistence,
  stopWorkspacePersistence,
} from '../../../src/features/workspace/persistenceRuntime'
import { WorkspaceBar } from '../../../src/features/workspace/WorkspaceBar'
import { FileList } from '../../../src/features/ingest/FileList'
import { removeFile } from '../../../src/features/ingest/removeFile'
import { IMPORTED_FILE_MESSAGE, toWorkspace } from '../../../src/features/workspace/workspaceMapping'
import { readWorkspaceFile } from '../../../src/features/workspace/workspaceTransfer'
import { enqueueFiles, useDashboardStore, type FileEntry, type WorkspaceContent } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { MemoryStorage, quotaError } from './memoryStorage'

afterEach(() => stopWorkspacePersistence())

function fillWorkspace(): void {
  const state = useDashboardStore.getState()
  for (const entry of parsedSeedEntries()) state.addReport(entry)
  const [cellId, cell] = Object.entries(useDashboardStore.getState().reports[0]?.report.cells ?? {})[0] ?? []
  if (!cellId || !cell) throw new Error('seed 0 has no cells')
  expect(state.correctCell('r0', cellId, cell.value + 3)).toBeNull()
  state.setAlias('新乡县城管局', '新乡县城市管理局')
  expect(state.correctIdentity('r1', '新乡县城市管理局', 2022)).toBeNull()
  state.toggleYear(useDashboardStore.getState().reports[2]?.report.year ?? 0)
}

function fileParts(): Pick<
  WorkspaceContent,
  'reports' | 'corrections' | 'identityCorrections' | 'aliases' | 'filters' | 'files'
> {
  const { reports, corrections, identityCorrections, aliases, filters, files } = useDashboardStore.getState()
  return { reports, corrections, identityCorrections, aliases, filters, files }
}

function emptyContent(): WorkspaceContent {
  return {
    reports: [],
    corrections: [],
    identityCorrections: {},
    aliases: {},
    filters: { agencies: [], years: [], onlyProblems: false },
    selectedIds: [],
    files: [],
  }
}

/**
 * A file list as a session leaves it, over fillWorkspace's reports: one file each for r0, r3 and r4, a zip
 * that brought r1 and r2 and a third report since removed (移除此报告), a file that failed and a copy of r0.
 */
function listFiles(): FileEntry[] {
  const line = (id: string): FileEntry => ({
    id: `f-${id}`,
    name: `${id}.txt`,
    size: 100,
    status: 'read',
    reportIds: [id],
  })
  const files: FileEntry[] = [
    line('r0'),
    {
      id: 'f-zip',
      name: '两份年报.zip',
      size: 900,
      status: 'read',
      reportIds: ['r1', 'r2'],
      message: '已移除其中的 某局 2022',
    },
    line('r3'),
    line('r4'),
    {
      id: 'f-scan',
      name: '扫描件.pdf',
      size: 50,
      status: 'failed',
      message: '扫描件（图片），没有可读取的文字',
    },
    {
      id: 'f-copy',
      name: '副本.txt',
      size: 100,
      status: 'duplicate',
      message: '内容与已加载的报告相同，未再次加载：某局 2023',
      duplicateOf: ['r0'],
    },
  ]
  enqueueFiles(files)
  return files
}

describe('workspace file', { timeout: 20_000 }, () => {
  it('round-trips reports with sources, corrections, aliases and filters through the exported JSON', async () => {
    fillWorkspace()
    const before = fileParts()
    const json = serializeWorkspace(toWorkspace(before), '2025-03-01T08:00:00.000Z')
    const result = await readWorkspaceFile(new Blob([json]))
    if (!result.ok) throw new Error(result.message)
    expect(result.content).toMatchObject(before)
    expect(result.content.reports[0]?.report.document.lines).toEqual(before.reports[0]?.report.document.lines)
  })

  it('refuses a file that is not a workspace, saying why', async () => {
    const notJson = await readWorkspaceFile(new Blob(['年报文本，不是 JSON']))
    expect(notJson).toEqual({ ok: false, message: expect.stringContaining('不是有效的 JSON') as string })
    const other = await readWorkspaceFile(new Blob([JSON.stringify({ reports: [] })]))
    expect(other).toEqual({
      ok: false,
      message: expect.stringContaining('不是本工具导出的工作区文件') as string,
    })
  })
})

describe('WorkspaceBar', { timeout: 20_000 }, () => {
  it('清空 asks first, keeping focus in the question; 取消 or Escape keeps everything, 确认清空 removes it', async () => {
    const user = userEvent.setup()
    fillWorkspace()
    render(<WorkspaceBar />)
    await user.click(screen.getByRole('button', { name: '清空' }))
    const dialog = screen.getByRole('alertdialog', { name: '清空工作区？' })
    expect(dialog).toHaveTextContent('5 份报告、2 处更正')
    // Focus starts on 取消 so Enter cannot destroy the workspace by accident.
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus()
    // Tab and Shift+Tab stay between its two buttons; Escape cancels and focus goes back to 清空.
    await user.tab()
    expect(within(dialog).getByRole('button', { name: '确认清空' })).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus()
    await user.tab({ shift: true })
    expect(within(dialog).getByRole('button', { name: '确认清空' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: '清空' })).toHaveFocus()
    expect(useDashboardStore.getState().reports).toHaveLength(5)

    await user.click(screen.getByRole('button', { name: '清空' }))
    await user.click(screen.getByRole('button', { name: '取消' }))
    expect(useDashboardStore.getState().reports).toHaveLength(5)

    await user.click(screen.getByRole('button', { name: '清空' }))
    await user.click(screen.getByRole('button', { name: '确认清空' }))
    const state = useDashboardStore.getState()
    expect(state.reports).toEqual([])
    expect(state.corrections).toEqual([])
    expect(state.aliases).toEqual({})
    expect(state.filters.years).toEqual([])
  })

  it('imports a workspace file into an empty workspace and reproduces it exactly, its file list too', async () => {
    const user = userEvent.setup()
    fillWorkspace()
    const listed = listFiles()
    const before = fileParts()
    const json = serializeWorkspace(toWorkspace(before), '2025-03-01T08:00:00.000Z')
    useDashboardStore.getState().replaceWorkspace(emptyContent())
    render(
      <>
        <WorkspaceBar />
        <FileList />
      </>,
    )
    await user.upload(
      screen.getByLabelText('选择工作区文件'),
      new File([json], 'workspace.json', { type: 'application/json' }),
    )
    expect(await screen.findByText(/已从 workspace.json 导入 5 份报告、2 处更正/)).toBeInTheDocument()
    const { files, ...rest } = fileParts()
    const { files: _, ...restBefore } = before
    expect(rest).toEqual(restBefore)
    // Every line comes back, failed and duplicate ones as they were; a line whose reports the import
    // brought in says where they came from, before its own message.
    const note = `${IMPORTED_FILE_MESSAGE} workspace.json`
    expect(files.map(({ id: _id, ...line }) => line)).toEqual(
      listed.map(({ id: _id, ...line }) =>
        line.reportIds === undefined
          ? line
          : { ...line, message: [note, line.message].filter(Boolean).join('；'), imported: true },
      ),
    )
    const list = screen.getByRole('region', { name: '已添加的文件' })
    expect(list).toHaveTextContent('共 6 个文件，已读取 4，失败 1，重复 1')
    const items = within(list).getAllByTestId('file-item')
    expect(items[1]).toHaveTextContent(`${note}；已移除其中的 某局 2022`)
    expect(items[4]).toHaveTextContent('扫描件（图片），没有可读取的文字')
    expect(items[4]).not.toHaveTextContent(IMPORTED_FILE_MESSAGE)
    // A restored line is removed like a dropped one, with its reports.
    removeFile(useDashboardStore.getState, files[1]?.id ?? '')
    expect(useDashboardStore.getState().reports.map((entry) => entry.id)).toEqual(['r0', 'r3', 'r4'])
    expect(useDashboardStore.getState().files).toHaveLength(5)
  })

  it('exported again, an imported list keeps one note per line and a file still being read is said failed', async () => {
    fillWorkspace()
    listFiles()
    useDashboardStore.getState().updateFiles([{ id: 'f-r3', patch: { status: 'reading' } }])
    const first = await readWorkspaceFile(
      new File([serializeWorkspace(toWorkspace(useDashboardStore.getState()), 'x')], 'first.json'),
    )
    if (!first.ok) throw new Error(first.message)
    const second = await readWorkspaceFile(
      new File([serializeWorkspace(toWorkspace(first.content), 'y')], 'second.json'),
    )
    if (!second.ok) throw new Error(second.message)
    expect(second.content.files.map((file) => [file.name, file.status, file.message])).toEqual([
      ['r0.txt', 'read', `${IMPORTED_FILE_MESSAGE} second.json`],
      ['两份年报.zip', 'read', `${IMPORTED_FILE_MESSAGE} second.json；已移除其中的 某局 2022`],
      ['r3.txt', 'failed', '导出工作区时此文件尚未读完，请重新添加'],
      ['r4.txt', 'read', `${IMPORTED_FILE_MESSAGE} second.json`],
      ['扫描件.pdf', 'failed', '扫描件（图片），没有可读取的文字'],
      ['副本.txt', 'duplicate', '内容与已加载的报告相同，未再次加载：某局 2023'],
    ])
  })

  it('a workspace file named with “；” leaves no part of its name in the lines’ messages once exported', async () => {
    fillWorkspace()
    listFiles()
    const first = await readWorkspaceFile(
      new File([serializeWorkspace(toWorkspace(useDashboardStore.getState()), 'x')], '甲；乙.json'),
    )
    if (!first.ok) throw new Error(first.message)
    expect(first.content.files[1]?.message).toBe(
      `${IMPORTED_FILE_MESSAGE} 甲;乙.json；已移除其中的 某局 2022`,
    )
    const exported = toWorkspace(first.content).files ?? []
    expect(exported.map((line) => [line.name, line.message])).toEqual([
      ['r0.txt', undefined],
      ['两份年报.zip', '已移除其中的 某局 2022'],
      ['r3.txt', undefined],
      ['r4.txt', undefined],
      ['扫描件.pdf', '扫描件（图片），没有可读取的文字'],
      ['副本.txt', '内容与已加载的报告相同，未再次加载：某局 2023'],
    ])
  })

  it('a workspace file written before the file list was kept is listed as itself, with all its reports', async () => {
    const user = userEvent.setup()
    fillWorkspace()
    const older = JSON.parse(serializeWorkspace(toWorkspace(fileParts()), 'x')) as Record<string, unknown>
    delete older.files
    useDashboardStore.getState().replaceWorkspace(emptyContent())
    render(<FileList />)
    const result = await readWorkspaceFile(new File([JSON.stringify(older)], '旧工作区.json'))
    if (!result.ok) throw new Error(result.message)
    act(() => useDashboardStore.getState().replaceWorkspace(result.content))
    const list = screen.getByRole('region', { name: '已添加的文件' })
    // One file was added, the workspace file, and not one per report.
    expect(list).toHaveTextContent('共 1 个文件，已读取 1')
    const [line] = within(list).getAllByTestId('file-item')
    expect(line).toHaveTextContent('旧工作区.json')
    expect(line).toHaveTextContent(
      `${IMPORTED_FILE_MESSAGE}，含 5 份报告。该文件由旧版导出，未记录原来添加的文件（包括读取失败、重复的文件）`,
    )
    expect(useDashboardStore.getState().files[0]?.reportIds).toEqual(['r0', 'r1', 'r2', 'r3', 'r4'])
    // Its reports are removed one by one as a zip's are, or all with the line.
    await user.click(within(list).getByRole('button', { name: '移除 旧工作区.json' }))
    const dialog = screen.getByRole('alertdialog', { name: '移除 旧工作区.json？' })
    expect(dialog).toHaveTextContent('如需恢复，请重新导入原来的工作区文件')
  })

  it('asks before an import replaces a workspace that is not empty', async () => {
    const user = userEvent.setup()
    fillWorkspace()
    const json = serializeWorkspace(
      toWorkspace({
        ...fileParts(),
        reports: fileParts().reports.slice(0, 1),
        corrections: [],
        identityCorrections: {},
      }),
      'x',
    )
    render(<WorkspaceBar />)
    await user.upload(screen.getByLabelText('选择工作区文件'), new File([json], 'one.json'))
    const dialog = await screen.findByRole('alertdialog', { name: '用导入的工作区替换当前工作区？' })
    await user.click(within(dialog).getByRole('button', { name: '取消' }))
    expect(useDashboardStore.getState().reports).toHaveLength(5)
    useDashboardStore.getState().setAgencySearch('新乡')
    await user.upload(screen.getByLabelText('选择工作区文件'), new File([json], 'one.json'))
    await user.click(await screen.findByRole('button', { name: '替换' }))
    expect(useDashboardStore.getState().reports).toHaveLength(1)
    // A search typed for the replaced workspace's agencies goes with it.
    expect(useDashboardStore.getState().agencySearch).toBe('')
  })

  it('shows an unreadable import file as an alert', async () => {
    const user = userEvent.setup()
    render(<WorkspaceBar />)
    await user.upload(screen.getByLabelText('选择工作区文件'), new File(['{"format":"x"}'], 'bad.json'))
    expect(await screen.findByRole('alert')).toHaveTextContent('无法导入工作区：不是本工具导出的工作区文件')
  })

  it('shows a storage quota error to the user and saves again on 重试保存', async () => {
    const user = userEvent.setup()
    const storage = new MemoryStorage()
    const controller = startWorkspacePersistence(storage)
    if (!controller) throw new Error('persistence did not start')
    await controller.ready
    render(<WorkspaceBar />)
    storage.failNextSave = quotaError()
    const [first] = parsedSeedEntries()
    if (!first) throw new Error('seed missing')
    useDashboardStore.getState().addReport(first)
    await controller.flush()
    const alert = await screen.findByTestId('storage-error')
    expect(alert).toHaveAttribute('role', 'alert')
    expect(alert).toHaveTextContent('浏览器存储空间已满')
    expect(screen.getByTestId('workspace-status')).toHaveAttribute('data-state', 'failed')

    await user.click(within(alert).getByRole('button', { name: '重试保存' }))
    await waitFor(() => expect(screen.queryByTestId('storage-error')).not.toBeInTheDocument())
    expect(screen.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved')
    expect(storage.records.has('report:r0')).toBe(true)
  })

  it('a stored workspace it cannot read is kept until the user chooses 清空, which then lets saving start', async () => {
    const user = userEvent.setup()
    const storage = new MemoryStorage()
    storage.records.set('meta', { version: 99 })
    const controller = startWorkspacePersistence(storage)
    if (!controller) throw new Error('persistence did not start')
    await controller.ready
    render(<WorkspaceBar />)
    const alert = screen.getByTestId('storage-error')
    expect(alert).toHaveTextContent('本机保存的工作区格式无法识别')
    // Saving again cannot help here, so no 重试保存.
    expect(within(alert).queryByRole('button', { name: '重试保存' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '清空' }))
    await user.click(screen.getByRole('button', { name: '确认清空' }))
    await waitFor(() => expect(screen.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved'))
    expect(storage.records.size).toBe(0)
    const [first] = parsedSeedEntries()
    if (!first) throw new Error('seed missing')
    useDashboardStore.getState().addReport(first)
    await controller.flush()
    expect(storage.records.has('report:r0')).toBe(true)
  })
})
