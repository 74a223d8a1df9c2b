// Runs every test suite (vitest projects, then Playwright) and ends with one line CI can read:
// "N passed, N failed". Exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const resultsDir = join(root, 'test-results')
const vitestJson = join(resultsDir, 'vitest.json')
const playwrightJson = join(resultsDir, 'playwright.json')
const chromiumPath = '/usr/bin/chromium'
const isCi = process.env.CI === 'true'
const installHint =
  'Chromium not found: browser tests skipped. Install with: sudo apt-get install -y chromium fonts-wqy-microhei'

/** @param {string} bin @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(bin, args, env = {}) {
  const result = spawnSync(join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  if (result.error) console.error(`Could not start ${bin}: ${result.error.message}`)
  return result.status ?? 1
}

/** @param {string} path */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/** A crashed runner or a test file that fails to load still counts as a failure, never as silence. */
function runVitest() {
  rmSync(vitestJson, { force: true })
  const status = run('vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ])
  const report = readJson(vitestJson)
  if (!report) return { passed: 0, failed: 1, note: 'vitest produced no report' }
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length
  const failed = (report.numFailedTests ?? 0) + brokenFiles
  return {
    passed: report.numPassedTests ?? 0,
    failed: failed === 0 && status !== 0 ? 1 : failed,
    note: status !== 0 && failed === 0 ? `vitest exited with ${status}` : undefined,
  }
}

function runPlaywright() {
  rmSync(playwrightJson, { force: true })
  const status = run('playwright', ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson,
  })
  const report = readJson(playwrightJson)
  if (!report) return { passed: 0, failed: 1, note: 'playwright produced no report' }
  const stats = report.stats ?? {}
  // Global errors (web server failed to build or start, a spec that does not compile) have no test to fail.
  const globalErrors = (report.errors ?? []).length
  const failed = (stats.unexpected ?? 0) + globalErrors
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: failed === 0 && status !== 0 ? 1 : failed,
    note: status !== 0 && failed === 0 ? `playwright exited with ${status}` : undefined,
  }
}

mkdirSync(resultsDir, { recursive: true })
const outcomes = [runVitest()]
const notes = []

if (existsSync(chromiumPath)) {
  outcomes.push(runPlaywright())
} else if (isCi) {
  outcomes.push({ passed: 0, failed: 1, note: `${chromiumPath} is missing: browser tests cannot run in CI` })
} else {
  notes.push(installHint)
}

for (const outcome of outcomes) if (outcome.note) notes.push(outcome.note)
const passed = outcomes.reduce((sum, o) => sum + o.passed, 0)
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0)
for (const note of notes) console.log(note)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
