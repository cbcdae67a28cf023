/** The production build served locally and opened in headless Chromium, for page benchmarks. */

import { chromium, type Page } from '@playwright/test'
import { build, preview } from 'vite'
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium'

export async function withApp<T>(port: number, measure: (page: Page, base: string) => Promise<T>) {
  await build({ logLevel: 'silent' })
  const server = await preview({
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
