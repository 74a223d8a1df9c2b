import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { reportTitle } from '../../../src/core/model/labels'
import { duplicateOfText } from '../../../src/features/ingest/fileOutcome'
import { FileList } from '../../../src/features/ingest/FileList'
import {
  addReports,
  enqueueFiles,
  updateFiles,
  useDashboardStore,
  type LoadedReport,
} from '../../../src/store'
import { expectedSeedEntries } from '../store/expectedReports'

function listFiles(count: number): void {
  enqueueFiles(
    Array.from({ length: count }, (_, i) => ({
      id: `f${i}`,
      name: `${i}.txt`,
      size: 1,
      status: 'queued' as const,
    })),
  )
}

describe('FileList', () => {
  it('draws every file of a small drop', () => {
    listFiles(12)
    updateFiles([{ id: 'f3', patch: { status: 'failed', message: '图片文件，不是报告文本' } }])
    render(<FileList />)
    expect(screen.getAllByTestId('file-item')).toHaveLength(12)
    expect(screen.getByTestId('file-list')).toHaveAttribute('data-pending', '11')
    expect(screen.getAllByTestId('file-item')[3]).toHaveTextContent('图片文件，不是报告文本')
  })

  it('draws only the rows in view of 1,000 files, with the counts on the list and in the summary', () => {
    listFiles(1000)
    updateFiles(
      Array.from({ length: 1000 }, (_, i) => ({
        id: `f${i}`,
        patch:
          i === 1
            ? { status: 'duplicate' as const, message: '内容与已加载的报告相同，未再次加载' }
            : { status: 'read' as const },
      })),
    )
    render(<FileList />)
    const drawn = screen.getAllByTestId('file-item')
    expect(drawn.length).toBeGreaterThan(10)
    expect(drawn.length).toBeLessThan(100)
    expect(drawn[1]).toHaveAttribute('data-status', 'duplicate')
    const list = screen.getByTestId('file-list')
    expect(list).toHaveAttribute('data-files', '1000')
    expect(list).toHaveAttribute('data-pending', '0')
    expect(list).toHaveAttribute('data-read', '999')
    expect(screen.getByText('共 1000 个文件，已读取 999，重复 1')).toBeVisible()
  })
})

/** The five seeds loaded, each listed as the file it was read from, plus a failed file and a later copy. */
function listSeedsWithOthers(): LoadedReport[] {
  const entries = expectedSeedEntries()
  addReports(entries)
  const [first] = entries
  if (!first) throw new Error('no seed')
  enqueueFiles([
    ...entries.map((entry) => ({
      id: `f-${entry.id}`,
      name: entry.fileName,
      size: 1,
      status: 'read' as const,
      reportIds: [entry.id],
    })),
    { id: 'f-image', name: '扫描件.png', size: 1, status: 'failed', message: '图片文件，不是报告文本' },
    {
      id: 'f-copy',
      name: '副本.txt',
      size: 1,
      status: 'duplicate',
      message: duplicateOfText(first),
      duplicateOf: [first.id],
    },
  ])
  return entries
}

describe('removing a file', () => {
  it('asks before removing a read report, names it, and removes it with its line on confirmation', async () => {
    const user = userEvent.setup()
    const entries = listSeedsWithOthers()
    const [first] = entries
    if (!first) throw new Error('no seed')
    render(<FileList />)

    await user.click(screen.getByRole('button', { name: `移除 ${first.fileName}` }))
    let dialog = screen.getByRole('alertdialog', { name: `移除 ${first.fileName}？` })
    expect(dialog).toHaveTextContent(reportTitle(first.report.agency, first.report.year))
    // 取消 has the focus: an accidental Enter keeps the report.
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(useDashboardStore.getState().reports).toHaveLength(entries.length)

    await user.click(screen.getByRole('button', { name: `移除 ${first.fileName}` }))
    dialog = screen.getByRole('alertdialog', { name: `移除 ${first.fileName}？` })
    await user.click(within(dialog).getByRole('button', { name: '确认移除' }))

    expect(useDashboardStore.getState().reports.map((loaded) => loaded.id)).not.toContain(first.id)
    expect(useDashboardStore.getState().reports).toHaveLength(entries.length - 1)
    expect(screen.getAllByTestId('file-item')).toHaveLength(entries.length + 1)
    expect(screen.queryByRole('button', { name: `移除 ${first.fileName}` })).not.toBeInTheDocument()
    expect(
      screen.getByText(`共 ${entries.length + 1} 个文件，已读取 ${entries.length - 1}，失败 1，重复 1`),
    ).toBeVisible()
    // The copy dropped later no longer names the removed report as loaded without saying it is gone.
    const copy = screen.getAllByTestId('file-item').find((item) => item.textContent?.includes('副本.txt'))
    expect(copy).toHaveTextContent('该份已被移除')
    expect(screen.getByRole('region', { name: '已添加的文件' })).toHaveFocus()
  })

  it('removes a failed line at once, without a question, and leaves the reports alone', async () => {
    const user = userEvent.setup()
    const entries = listSeedsWithOthers()
    render(<FileList />)
    await user.click(screen.getByRole('button', { name: '移除 扫描件.png' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.queryByText('扫描件.png')).not.toBeInTheDocument()
    expect(useDashboardStore.getState().reports).toHaveLength(entries.length)
    expect(useDashboardStore.getState().files.map((file) => file.id)).not.toContain('f-image')
  })

  it('cannot remove a file still being read', () => {
    listFiles(2)
    updateFiles([{ id: 'f1', patch: { status: 'reading' } }])
    render(<FileList />)
    expect(screen.getByRole('button', { name: '移除 0.txt' })).toBeDisabled()
    expect(screen.getByRole('button', { name: '移除 1.txt' })).toBeDisabled()
  })

  it('a line of an imported workspace says how to get its report back: import the workspace again', async () => {
    const user = userEvent.setup()
    const [seed] = expectedSeedEntries()
    if (seed === undefined) throw new Error('no seed')
    addReports([seed])
    const imported = { size: 0, status: 'read' as const, imported: true as const }
    enqueueFiles([{ ...imported, id: 'imported-0', name: seed.fileName, reportIds: [seed.id] }])
    render(<FileList />)
    await user.click(screen.getByRole('button', { name: `移除 ${seed.fileName}` }))
    const dialog = screen.getByRole('alertdialog', { name: `移除 ${seed.fileName}？` })
    expect(dialog).toHaveTextContent('如需恢复，请重新导入原来的工作区文件')
    expect(dialog).not.toHaveTextContent('重新添加该文件')
  })
})
