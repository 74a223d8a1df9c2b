import type { MouseEvent, ReactNode } from 'react'

interface SkipLinkProps {
  /** The id of the element that takes focus. */
  targetId: string
  children: ReactNode
}

/**
 * The keyboard's first stop, shown only while focused: past the file list's 移除 buttons and the agency
 * checkboxes (a stop per file and per agency, dozens for a supervisor's batch) to the views. Focus is moved
 * by hand, so the page's address keeps no fragment.
 */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId)
    if (!target) return
    event.preventDefault()
    target.focus()
  }
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {children}
    </a>
  )
}
