import { useEffect, useRef, type RefObject } from 'react'
import { focusableElements } from './focusableElements'

interface ModalFocusOptions {
  /** Escape, wherever focus is while the dialog is open. */
  onClose: () => void
  /** What takes focus on opening; the dialog itself when absent (it then needs tabIndex={-1}). */
  initialFocus?: RefObject<HTMLElement | null>
}

/** Focus is in another modal dialog (one opened over this one), which handles its own keys. */
function inAnotherModal(dialog: HTMLElement, active: Element | null): boolean {
  const modal = active?.closest('[aria-modal="true"]')
  return modal !== null && modal !== undefined && modal !== dialog
}

/** Tab and Shift+Tab go round the dialog's focusable elements; from outside the dialog they come back in. */
function cycleFocus(dialog: HTMLElement, event: KeyboardEvent): void {
  const elements = focusableElements(dialog)
  const first = elements[0]
  const last = elements[elements.length - 1]
  const active = document.activeElement
  event.preventDefault()
  if (!first || !last) {
    dialog.focus()
    return
  }
  const index = active instanceof HTMLElement ? elements.indexOf(active) : -1
  if (index < 0) (event.shiftKey ? last : first).focus()
  else if (event.shiftKey) (elements[index - 1] ?? last).focus()
  else (elements[index + 1] ?? first).focus()
}

/**
 * The keyboard side of a modal dialog (aria-modal="true"): focus moves in on opening, Tab and Shift+Tab
 * cycle through everything focusable inside instead of reaching the page under the backdrop, Escape closes
 * it, and focus goes back to whatever opened it. The keys are caught on the document in the capture phase,
 * so they still work if focus has fallen to <body> (a button that removed itself), and Escape is marked
 * handled before the non-modal source panel's own Escape listener sees it.
 */
export function useModalFocus(dialogRef: RefObject<HTMLElement | null>, options: ModalFocusOptions): void {
  const { initialFocus } = options
  const onClose = useRef(options.onClose)
  useEffect(() => {
    onClose.current = options.onClose
  })

  useEffect(() => {
    const opener = document.activeElement
    ;(initialFocus?.current ?? dialogRef.current)?.focus()
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [dialogRef, initialFocus])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const dialog = dialogRef.current
      if (!dialog || event.defaultPrevented || inAnotherModal(dialog, document.activeElement)) return
      if (event.key === 'Escape') {
        event.preventDefault()
        onClose.current()
      } else if (event.key === 'Tab') {
        cycleFocus(dialog, event)
      }
    }
    document.addEventListener('keydown', onKeyDown, true)
    return () => document.removeEventListener('keydown', onKeyDown, true)
  }, [dialogRef])
}
