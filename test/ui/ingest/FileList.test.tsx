import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FileList } from '../../../src/features/ingest/FileList'
import { enqueueFiles, updateFiles } from '../../../src/store'

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
            ? { status: 'duplicate' as const, message: '与已加载的报告重复' }
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
