export interface QuietTask {
  /** The task is wanted: it runs once the worker has been quiet for the set time. */
  request(): void
  /** A file arrived: the task waits. */
  busy(): void
  /** The last waiting file is done: the quiet time starts (again). */
  idle(): void
}

/**
 * Runs `task` once, after it was requested and the worker then had no file for `quietMs`: loading the
 * readers ahead is worth it only while nothing else needs the thread (the first seconds of a big drop
 * would otherwise pay for it).
 */
export function createQuietTask(task: () => void, quietMs: number): QuietTask {
  let wanted = false
  let working = false
  let timer: ReturnType<typeof setTimeout> | undefined

  function stopTimer(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  function arm(): void {
    stopTimer()
    if (!wanted || working) return
    timer = setTimeout(() => {
      timer = undefined
      wanted = false
      task()
    }, quietMs)
  }

  return {
    request() {
      wanted = true
      arm()
    },
    busy() {
      working = true
      stopTimer()
    },
    idle() {
      working = false
      arm()
    },
  }
}
