import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IngestPanel } from '../../../src/features/ingest/IngestPanel'
import { useDashboardStore } from '../../../src/store/dashboardStore'

const fixtures = join(import.meta.dirname, '../../fixtures')
const seedNames = [
  '000_7bba39e252e1dfbf',
  '001_cad4fa3e014eb2f3',
  '002_3971b268707d3ce1',
  '003_1579294a3fe638da',
  '004_1acaf75430f57636',
]
const seedText = (name: string) => readFileSync(join(fixtures, 'seeds', `${name}.txt`), 'utf8')
const agencyOf = (name: string) =>
  (JSON.parse(readFileSync(join(fixtures, 'seeds', `${name}.expected.json`), 'utf8')) as { agency: string })
    .agency
const seedFile = (name: string, fileName = `${name}.txt`) =>
  new File([seedText(name)], fileName, { type: 'text/plain' })

const fileItems = () => screen.queryAllByTestId('file-item')
const statuses = () => fileItems().map((item) => item.getAttribute('data-status'))
const loadedAgencies = () => useDashboardStore.getState().reports.map((loaded) => loaded.report.agency)

async function settled(count: number) {
  await waitFor(
    () => {
      expect(fileItems()).toHaveLength(count)
      for (const status of statuses()) expect(['read', 'failed', 'duplicate']).toContain(status)
    },
    { timeout: 10_000 },
  )
}

afterEach(() => vi.unstubAllGlobals())

describe('IngestPanel', () => {
  it('has the drop zone with file and folder pickers, paste and sample buttons', () => {
    render(<IngestPanel />)
    const dropzone = screen.getByTestId('dropzone')
    expect(within(dropzone).getByLabelText('选择文件')).toHaveAttribute('multiple')
    expect(within(dropzone).getByLabelText('选择文件夹')).toHaveAttribute('webkitdirectory')
    expect(screen.getByRole('button', { name: '加载示例报告' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '粘贴文本' })).toBeInTheDocument()
  })

  it('reads picked seed files into the store and marks each file read', async () => {
    const user = userEvent.setup()
    render(<IngestPanel />)
    await user.upload(
      screen.getByLabelText('选择文件'),
      seedNames.map((name) => seedFile(name)),
    )
    await settled(5)
    expect(statuses()).toEqual(['read', 'read', 'read', 'read', 'read'])
    expect(screen.getByTestId('file-list')).toHaveTextContent(`${seedNames[0]}.txt`)
    expect(loadedAgencies()).toEqual(seedNames.map(agencyOf))
  })

  it('fails a binary file and an image with a Chinese reason, keeping the good report', async () => {
    const user = userEvent.setup()
    render(<IngestPanel />)
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 3) % 256)
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    await user.upload(screen.getByLabelText('选择文件'), [
      new File([noise], 'noise.bin'),
      seedFile(seedNames[2]!),
      new File([png], 'cat.png', { type: 'image/png' }),
    ])
    await settled(3)
    expect(statuses()).toEqual(['failed', 'read', 'failed'])
    expect(fileItems()[0]).toHaveTextContent('无法识别的二进制文件')
    expect(fileItems()[2]).toHaveTextContent('图片文件，不是报告文本')
    expect(loadedAgencies()).toEqual([agencyOf(seedNames[2]!)])
  })

  it('marks the same report added again as a duplicate naming the loaded one', async () => {
    const user = userEvent.setup()
    render(<IngestPanel />)
    await user.upload(screen.getByLabelText('选择文件'), [seedFile(seedNames[0]!)])
    await settled(1)
    await user.upload(screen.getByLabelText('选择文件'), [seedFile(seedNames[0]!, 'copy.txt')])
    await settled(2)
    expect(statuses()).toEqual(['read', 'duplicate'])
    expect(fileItems()[1]).toHaveTextContent(
      `内容与已加载的报告相同，未再次加载：${agencyOf(seedNames[0]!)} 2023（${seedNames[0]}.txt）`,
    )
    expect(useDashboardStore.getState().reports).toHaveLength(1)
  })

  it('refuses a 200 MB file by its size without reading it', async () => {
    const user = userEvent.setup()
    render(<IngestPanel />)
    const huge = new File(['x'], 'video.mp4')
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 })
    const read = vi.spyOn(huge, 'arrayBuffer')
    await user.upload(screen.getByLabelText('选择文件'), [huge])
    await settled(1)
    expect(statuses()).toEqual(['failed'])
    expect(fileItems()[0]).toHaveTextContent('文件过大（200.0 MB）')
    expect(read).not.toHaveBeenCalled()
  })

  it('reads text from the paste box', async () => {
    const user = userEvent.setup()
    render(<IngestPanel />)
    await user.click(screen.getByRole('button', { name: '粘贴文本' }))
    const textarea = screen.getByLabelText('粘贴报告文本')
    fireEvent.change(textarea, { target: { value: seedText(seedNames[4]!) } })
    await user.click(screen.getByRole('button', { name: '读取粘贴内容' }))
    await settled(1)
    expect(statuses()).toEqual(['read'])
    expect(loadedAgencies()).toEqual([agencyOf(seedNames[4]!)])
    expect(useDashboardStore.getState().reports[0]?.report.document.kind).toBe('paste')
  })

  it('reads a Ctrl+V on the page, but leaves pastes into form fields alone', async () => {
    render(<IngestPanel />)
    const clipboard = (text: string) => ({ getData: (type: string) => (type === 'text/plain' ? text : '') })
    act(() => {
      fireEvent.paste(document.body, { clipboardData: clipboard(seedText(seedNames[3]!)) })
    })
    await settled(1)
    expect(loadedAgencies()).toEqual([agencyOf(seedNames[3]!)])
    await userEvent.setup().click(screen.getByRole('button', { name: '粘贴文本' }))
    fireEvent.paste(screen.getByLabelText('粘贴报告文本'), {
      clipboardData: clipboard(seedText(seedNames[1]!)),
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(fileItems()).toHaveLength(1)
  })

  it('loads the sample reports listed in public/samples/index.json', async () => {
    const publicDir = join(import.meta.dirname, '../../../public')
    const fetchMock = vi.fn((url: string) => {
      const path = join(publicDir, url.replace(/^\//, ''))
      return Promise.resolve(new Response(readFileSync(path)))
    })
    vi.stubGlobal('fetch', fetchMock)
    const index = JSON.parse(readFileSync(join(publicDir, 'samples/index.json'), 'utf8')) as string[]
    const user = userEvent.setup()
    render(<IngestPanel />)
    await user.click(screen.getByRole('button', { name: '加载示例报告' }))
    await settled(index.length)
    expect(statuses().every((status) => status === 'read')).toBe(true)
    expect(fetchMock).toHaveBeenCalledWith('/samples/index.json')
    expect(useDashboardStore.getState().reports).toHaveLength(index.length)
  })
})
