import { useEffect } from 'react'

export interface PastedContent {
  text: string
  /** The clipboard's text/html, when it had one. */
  html?: string
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
  )
}

/**
 * Listens for Ctrl+V anywhere on the page except inside form fields (pasting into the search box or
 * the paste textarea must keep working normally).
 */
export function useDocumentPaste(onPaste: (content: PastedContent) => void): void {
  useEffect(() => {
    function listener(event: ClipboardEvent) {
      if (isEditable(event.target) || !event.clipboardData) return
      const text = event.clipboardData.getData('text/plain')
      const html = event.clipboardData.getData('text/html')
      if (text.trim() === '' && html.trim() === '') return
      event.preventDefault()
      onPaste(html.trim() === '' ? { text } : { text, html })
    }
    document.addEventListener('paste', listener)
    return () => document.removeEventListener('paste', listener)
  }, [onPaste])
}
