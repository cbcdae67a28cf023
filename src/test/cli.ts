/**
 * Runs the command line for the CLI's tests: `sim` in-process, through the same commands
 * `npm run sim -- …` runs (a process costs a second or more of start-up each);
 * `simProcess` as a separate process, for what only the process shows (exit status,
 * output streams).
 */

import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../cli/commands'

export function sim(...args: string[]) {
  return runCli(args)
}

export function simProcess(...args: string[]) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
  })
  return { status: out.status, stdout: out.stdout, stderr: out.stderr }
}

/** A file with this content in a fresh temporary folder. */
export function tempFile(content: string, name = 'scenario.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sim-')), name)
  writeFileSync(path, content)
  return path
}
