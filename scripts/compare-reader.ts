/**
 * `npm run compare-reader -- REV [--mutants N] [--seed S]`: the reader of the working tree against the reader
 * at git revision REV (checked out in a temporary worktree), on every fixture and N mutated text reports.
 * Prints each difference (the first five in full) and exits 1 when there is any, 2 on a usage error.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ingestFile } from '../src/core/ingest/ingestFile'
import { nodeIngestOptions } from './cli/nodeIngestOptions'
import { numberOption } from './cli/numberOption'
import { compareReaders, type Ingest } from './compare/compareReaders'

const ROOT = join(import.meta.dirname, '..')

async function main(args: string[]): Promise<number> {
  const revision = args[0]
  if (revision === undefined || revision.startsWith('--')) {
    console.error('usage: npm run compare-reader -- REV [--mutants N] [--seed S]')
    return 2
  }
  const mutants = numberOption(args, '--mutants', 1000)
  const seed = numberOption(args, '--seed', 1)
  const worktree = mkdtempSync(join(tmpdir(), 'reader-'))
  execFileSync('git', ['worktree', 'add', '--detach', worktree, revision], { cwd: ROOT, stdio: 'ignore' })
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(worktree, 'node_modules'))
    const moduleUrl = pathToFileURL(join(worktree, 'src/core/ingest/ingestFile.ts')).href
    const earlier = (await import(moduleUrl)) as { ingestFile: Ingest }
    const result = await compareReaders(earlier.ingestFile, ingestFile, {
      fixtureDir: join(ROOT, 'test/fixtures'),
      mutants,
      seed,
      ingest: nodeIngestOptions(),
    })
    for (const [index, difference] of result.differences.entries()) {
      const saved = join(tmpdir(), `reader-difference-${index}-${difference.name}`)
      writeFileSync(saved, difference.bytes)
      console.log(`differs: ${difference.input} ${difference.name} (input saved as ${saved})`)
      if (index < 5) console.log(`  ${revision}: …${difference.before}…\n  now: …${difference.after}…`)
    }
    console.log(
      `${result.fixtures} fixtures and ${result.mutants} mutated reports: ${result.differences.length} differ from ${revision}`,
    )
    return result.differences.length === 0 ? 0 : 1
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT, stdio: 'ignore' })
    rmSync(worktree, { recursive: true, force: true })
  }
}

process.exitCode = await main(process.argv.slice(2))
