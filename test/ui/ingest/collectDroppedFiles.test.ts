import { describe, expect, it } from 'vitest'
import { collectDroppedFiles, type DroppedItem } from '../../../src/features/ingest/collectDroppedFiles'

interface FakeEntry {
  name: string
  fullPath: string
  isFile: boolean
  isDirectory: boolean
  file?: (success: (file: File) => void) => void
  createReader?: () => { readEntries: (success: (entries: FakeEntry[]) => void) => void }
}

function fileEntry(path: string, text: string): FakeEntry {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return {
    name,
    fullPath: `/${path}`,
    isFile: true,
    isDirectory: false,
    file: (success) => success(new File([text], name)),
  }
}

/** A folder whose reader hands out entries in batches of two, like Chromium's batches of 100. */
function folderEntry(path: string, children: FakeEntry[]): FakeEntry {
  return {
    name: path.slice(path.lastIndexOf('/') + 1),
    fullPath: `/${path}`,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let offset = 0
      return {
        readEntries: (success) => {
          const batch = children.slice(offset, offset + 2)
          offset += batch.length
          setTimeout(() => success(batch), 0)
        },
      }
    },
  }
}

function item(entry: FakeEntry | null, file: File | null = null): DroppedItem {
  return { kind: 'file', getAsFile: () => file, webkitGetAsEntry: () => entry }
}

describe('collectDroppedFiles', () => {
  it('walks dropped folders recursively in name order, skipping system and data files, beside plain files', async () => {
    const folder = folderEntry('年报', [
      fileEntry('年报/b.txt', 'b'),
      fileEntry('年报/b.expected.json', '{}'),
      fileEntry('年报/汇总.csv', 'x'),
      fileEntry('年报/.DS_Store', 'x'),
      folderEntry('年报/2023', [fileEntry('年报/2023/c.txt', 'c'), fileEntry('年报/2023/a.txt', 'a')]),
      fileEntry('年报/Thumbs.db', 'x'),
      fileEntry('年报/a.txt', 'a'),
    ])
    const loose = new File(['loose'], 'loose.txt')
    // A data file dropped by itself is read (and refused with its reason), not silently left out.
    const looseJson = new File(['{}'], 'loose.json')
    const sources = await collectDroppedFiles({
      items: [item(null, loose), item(null, looseJson), item(folder)],
      files: [],
    })
    expect(sources.map((source) => source.name)).toEqual([
      'loose.txt',
      'loose.json',
      '年报/2023/a.txt',
      '年报/2023/c.txt',
      '年报/a.txt',
      '年报/b.txt',
    ])
    expect(sources.every((source) => source.content instanceof Blob)).toBe(true)
  })

  it('lists numbered files by their number, as a person numbered them', async () => {
    const folder = folderEntry('附件', [
      fileEntry('附件/附件10.txt', 'x'),
      fileEntry('附件/附件2.txt', 'x'),
      fileEntry('附件/附件1.txt', 'x'),
    ])
    const sources = await collectDroppedFiles({ items: [item(folder)], files: [] })
    expect(sources.map((source) => source.name)).toEqual([
      '附件/附件1.txt',
      '附件/附件2.txt',
      '附件/附件10.txt',
    ])
  })

  it('takes plain files when items have no entries (script-built DataTransfer)', async () => {
    const file = new File(['x'], 'x.txt')
    const sources = await collectDroppedFiles({
      items: [{ kind: 'file', getAsFile: () => file }],
      files: [file],
    })
    expect(sources.map((source) => [source.name, source.size])).toEqual([['x.txt', 1]])
  })

  it('falls back to the file list when there are no items', async () => {
    const file = new File(['yy'], 'y.txt')
    const sources = await collectDroppedFiles({ items: [], files: [file] })
    expect(sources.map((source) => source.name)).toEqual(['y.txt'])
  })
})
