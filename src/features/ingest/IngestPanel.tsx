import { useCallback, useState } from 'react'
import { hasReader } from '../../core/ingest/readers'
import { DropZone } from './DropZone'
import { FileList } from './FileList'
import { ingestSources } from './ingestQueue'
import { sourceFromText, type IngestSource } from './ingestSource'
import { loadSampleSources } from './loadSamples'
import { PasteBox } from './PasteBox'
import { useDocumentPaste, type PastedContent } from './useDocumentPaste'
import './ingest.css'

let pasteCount = 0

function pastedSource(content: PastedContent): IngestSource {
  pasteCount += 1
  // Copied web pages keep their tables only in text/html, so it wins once an HTML reader exists.
  if (content.html !== undefined && hasReader('html')) {
    return sourceFromText(`粘贴的网页 ${pasteCount}.html`, content.html, { origin: 'paste' })
  }
  return sourceFromText(`粘贴的文本 ${pasteCount}.txt`, content.text, { origin: 'paste' })
}

/** Adding reports: drop zone, file and folder pickers, paste, the sample reports, and the file list. */
export function IngestPanel() {
  const [pasteOpen, setPasteOpen] = useState(false)
  const [sampleError, setSampleError] = useState<string>()
  const [loadingSamples, setLoadingSamples] = useState(false)

  const ingest = useCallback((sources: IngestSource[]) => {
    if (sources.length > 0) void ingestSources(sources)
  }, [])

  const onDocumentPaste = useCallback((content: PastedContent) => ingest([pastedSource(content)]), [ingest])
  useDocumentPaste(onDocumentPaste)

  async function loadSamples() {
    setSampleError(undefined)
    setLoadingSamples(true)
    try {
      ingest(await loadSampleSources())
    } catch (error) {
      setSampleError(`示例报告加载失败：${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setLoadingSamples(false)
    }
  }

  return (
    <section className="ingest-panel" aria-label="添加报告">
      <DropZone onSources={ingest} />
      <div className="ingest-actions">
        <button
          type="button"
          className="ingest-button"
          onClick={() => void loadSamples()}
          disabled={loadingSamples}
        >
          加载示例报告
        </button>
        <button
          type="button"
          className="ingest-button"
          aria-expanded={pasteOpen}
          onClick={() => setPasteOpen((open) => !open)}
        >
          粘贴文本
        </button>
      </div>
      {sampleError && (
        <p role="alert" className="ingest-error">
          {sampleError}
        </p>
      )}
      {pasteOpen && <PasteBox onText={(text) => ingest([pastedSource({ text })])} />}
      <FileList />
    </section>
  )
}
