/** Runs the command line as a user would (`npm run sim -- …`), for the CLI's tests. */

import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function sim(...args: string[]) {
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
