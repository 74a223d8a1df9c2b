/** Debian's OpenCC command line (`apt-get install opencc`), for the scripts that generate from it. */
import { execFileSync } from 'node:child_process'

/** `text` converted by OpenCC's configuration (t2s, s2t, s2tw, s2twp, s2hk…). */
export function openccConvert(text: string, config: string): string {
  return execFileSync('opencc', ['-c', config], { input: text, encoding: 'utf8', maxBuffer: 1 << 26 })
}

/** "OpenCC 1.1.5", as the installed command reports its version. */
export function openccVersion(): string {
  const version = /Version: (\S+)/.exec(execFileSync('opencc', ['--version'], { encoding: 'utf8' }))?.[1]
  return `OpenCC ${version ?? '(unknown version)'}`
}
