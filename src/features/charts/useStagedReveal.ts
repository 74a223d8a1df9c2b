import { useEffect, useState } from 'react'

/**
 * How many of `total` items to draw: all at once when not staged; otherwise the first at once and each
 * further one after the previous has been painted. Recharts takes about a tenth of a second of the page's
 * thread per chart, so the first chart shows without waiting for the other three.
 */
export function useStagedReveal(total: number, staged: boolean): number {
  const [revealed, setRevealed] = useState(1)
  useEffect(() => {
    if (!staged || revealed >= total) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // After the next frame is painted, not before: a timeout alone could run before the paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setRevealed((count) => count + 1), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [staged, revealed, total])
  return staged ? Math.min(revealed, total) : total
}
