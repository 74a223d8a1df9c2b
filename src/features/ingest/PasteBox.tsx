import { useId, useState } from 'react'

interface PasteBoxProps {
  onText: (text: string) => void
}

/** A textarea for report text copied from a web page or document. */
export function PasteBox({ onText }: PasteBoxProps) {
  const [text, setText] = useState('')
  const hintId = useId()

  function submit() {
    if (text.trim() === '') return
    onText(text)
    setText('')
  }

  return (
    <div className="ingest-paste">
      <textarea
        aria-label="粘贴报告文本"
        aria-describedby={hintId}
        className="ingest-paste__text"
        rows={8}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={hintId} className="ingest-muted">
        把整份报告（含表格）复制后粘贴到这里。也可以直接在页面任意位置按 Ctrl+V 粘贴。
      </p>
      <button type="button" className="ingest-button" disabled={text.trim() === ''} onClick={submit}>
        读取粘贴内容
      </button>
    </div>
  )
}
