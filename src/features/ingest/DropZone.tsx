import { useEffect, useRef, useState, type DragEvent } from 'react'
import { collectDroppedFiles, sourcesFromFileList } from './collectDroppedFiles'
import type { IngestSource } from './ingestSource'

interface DropZoneProps {
  onSources: (sources: IngestSource[]) => void
}

/** The drop target for files and whole folders, with the file and folder pickers inside it. */
export function DropZone({ onSources }: DropZoneProps) {
  const [dragging, setDragging] = useState(false)
  const folderInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    // webkitdirectory is not in React's input attribute types; every current browser supports it.
    folderInput.current?.setAttribute('webkitdirectory', '')
  }, [])

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setDragging(true)
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    void collectDroppedFiles(event.dataTransfer).then(onSources)
  }

  function onPicked(input: HTMLInputElement) {
    onSources(sourcesFromFileList(input.files))
    // The same file picked again must fire change again.
    input.value = ''
  }

  return (
    <div
      data-testid="dropzone"
      className={dragging ? 'ingest-dropzone ingest-dropzone--active' : 'ingest-dropzone'}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="ingest-dropzone__hint">
        把年度报告文件或整个文件夹拖到这里（文本、网页、PDF、Word、zip），所有内容只在本机浏览器中解析，不会上传。
      </p>
      <div className="ingest-dropzone__pickers">
        <label className="ingest-button">
          选择文件
          <input
            type="file"
            multiple
            aria-label="选择文件"
            className="ingest-visually-hidden"
            onChange={(event) => onPicked(event.currentTarget)}
          />
        </label>
        <label className="ingest-button">
          选择文件夹
          <input
            ref={folderInput}
            type="file"
            aria-label="选择文件夹"
            className="ingest-visually-hidden"
            onChange={(event) => onPicked(event.currentTarget)}
          />
        </label>
      </div>
    </div>
  )
}
