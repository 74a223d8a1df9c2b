/**
 * Resolves once the browser has painted what React rendered so far: a long synchronous step started
 * after it (building a workbook of a thousand reports takes about a second) shows its busy state first.
 * A frame callback runs before the paint; the task it queues runs after.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}
