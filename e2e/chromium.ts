/**
 * Which Chromium the browser tests and benchmarks launch, and how. Playwright cannot
 * download browsers here, so a system Chromium comes first.
 */

import { existsSync } from 'node:fs'

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
export function chromiumExecutable(): string | undefined {
  return (
    process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  )
}

/** As root Chromium needs --no-sandbox; the rest keep it quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
