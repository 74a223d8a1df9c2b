/**
 * Summaries of a Chromium CPU profile (CDP Profiler.stop) for `npm run bench -- --browser --profile`:
 * where the page's main thread spent its time, by function, so a slow drop can be explained instead
 * of guessed at.
 */

/** The parts of CDP's Profiler.Profile this summary reads. */
export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

export interface Profile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

export interface FunctionTime {
  name: string
  selfMs: number
  totalMs: number
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.split('/').pop() ?? ''
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
}

/** Self and inclusive milliseconds per function (recursion counted once per sample). */
export function functionTimes(profile: Profile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const selfUs = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  // timeDeltas[i] is the time before sample i; the interval after sample i is timeDeltas[i + 1].
  samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)))
  const times = new Map<string, { self: number; total: number }>()
  for (const [id, us] of selfUs) {
    const leaf = byId.get(id)
    if (!leaf) continue
    const leafTime = times.get(frameName(leaf)) ?? { self: 0, total: 0 }
    leafTime.self += us
    times.set(frameName(leaf), leafTime)
    const seen = new Set<string>()
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const node = byId.get(current)
      if (!node) break
      const name = frameName(node)
      if (seen.has(name)) continue
      seen.add(name)
      const time = times.get(name) ?? { self: 0, total: 0 }
      time.total += us
      times.set(name, time)
    }
  }
  return [...times].map(([name, time]) => ({ name, selfMs: time.self / 1000, totalMs: time.total / 1000 }))
}

export function formatTopFunctions(profile: Profile, count: number): string {
  const times = functionTimes(profile).filter((time) => !/^\((idle|root|program)\)/.test(time.name))
  const rows = (sorted: FunctionTime[]) =>
    sorted
      .slice(0, count)
      .map(
        (time) =>
          `  ${time.selfMs.toFixed(0).padStart(7)} ${time.totalMs.toFixed(0).padStart(7)}  ${time.name}`,
      )
      .join('\n')
  return [
    '  self ms total ms  function (by self time)',
    rows([...times].sort((a, b) => b.selfMs - a.selfMs)),
    '  self ms total ms  function (by total time)',
    rows([...times].sort((a, b) => b.totalMs - a.totalMs)),
  ].join('\n')
}
