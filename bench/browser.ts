/**
 * The production build served locally and opened in headless Chromium, for page benchmarks.
 * Each port builds into its own folder, so two benchmarks (or a test build) never overwrite
 * each other's files; BENCH_DIST=<folder> serves a build made earlier instead, so a
 * before and an after can be measured in turns.
 */

import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { build, preview } from 'vite'
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium'

export async function withApp<T>(port: number, measure: (page: Page, base: string) => Promise<T>) {
  const given = process.env.BENCH_DIST
  const outDir = given ?? join('.bench', `app-${port}`)
  // BENCH_READABLE=1 leaves the build unminified, so a saved CPU profile names functions.
  const minify = process.env.BENCH_READABLE === undefined
  if (given === undefined) await build({ logLevel: 'silent', build: { outDir, minify } })
  const server = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  })
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    return await measure(page, `http://127.0.0.1:${port}/`)
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}
