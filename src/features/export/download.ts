/**
 * Saves a Blob through a temporary <a download>: the way browsers (and Playwright's 'download' event)
 * expect a client-side file. The object URL is revoked after the click has been dispatched.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.style.display = 'none'
  document.body.appendChild(anchor)
  try {
    anchor.click()
  } finally {
    anchor.remove()
    // Revoking synchronously can cancel the download in some browsers; the next task is late enough.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}
