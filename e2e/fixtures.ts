/**
 * Page objects for the app, driven only through accessible names (DESIGN.md), the way a
 * screen-reader user or a hidden acceptance test would.
 */

import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { runCli } from '../src/cli/commands'

/**
 * Runs a headless command (`npm run sim -- …`) and returns what it printed: the same
 * commands in this process, without a second of start-up per call (src/cli/cli.test.ts
 * runs the process itself). Bad usage throws, as a failing process would.
 */
export function cli(...args: string[]): string {
  const result = runCli(args)
  if (result.status !== 0) throw new Error(result.stderr)
  return result.stdout
}

/** A thousand SWIM members, n7 crashing at 10 s: the cluster view draws it on a canvas. */
export const THOUSAND_MEMBERS = {
  version: 1,
  protocol: 'swim',
  nodes: 1000,
  seed: 1,
  params: {},
  inputs: [{ at: 10000, type: 'crash', node: 'n7' }],
}

export class AppPage {
  constructor(readonly page: Page) {}

  node(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name })
  }

  /** Every node whose accessible name says it leads: `n2: leader, term 3`. */
  leaders(): Locator {
    return this.node(/^n\d+: leader, term \d+$/)
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** Brings a tab of the side panel forward: Node, Network, Clients, History or Charts. */
  async showPanel(name: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
  }

  /** Every node's accessible name, in id order (n1, n2, … n10). */
  async nodeNames(): Promise<string[]> {
    const names = await this.node(/^n\d+: /).evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label')!),
    )
    return names.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
  }

  /** The run's trace hash at the cursor, as the page reports it. */
  traceHash(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { clusterscope: { traceHash(): string } }).clusterscope.traceHash(),
    )
  }

  /** Opens the default run, then the gallery scenario whose Open button matches `name`. */
  async openPreset(name: RegExp): Promise<void> {
    await this.open()
    await this.button('Gallery').click()
    await this.page.getByRole('dialog', { name: 'Gallery' }).getByRole('button', { name }).click()
  }

  timeline(): Locator {
    return this.page.getByRole('slider', { name: 'Timeline' })
  }

  async open(fragment = ''): Promise<void> {
    await this.page.goto(`/${fragment}`)
    await expect(this.node(/^n1: /)).toBeVisible()
  }

  async cursor(): Promise<number> {
    return Number(await this.timeline().inputValue())
  }

  async seek(ms: number): Promise<void> {
    await this.timeline().fill(String(ms))
  }

  /** Plays until some node leads, then pauses; returns its accessible name. */
  async playUntilLeader(): Promise<string> {
    await this.button('Play').click()
    await expect(this.leaders()).not.toHaveCount(0, { timeout: 20_000 })
    await this.button('Pause').click()
    return (await this.leaders().first().getAttribute('aria-label'))!
  }

  async leaderTerm(name: string): Promise<number> {
    return Number(/term (\d+)$/.exec(name)![1])
  }

  /** Plays faster than real time for `ms` of wall time, then pauses. */
  async playFast(ms: number): Promise<void> {
    await this.page.getByLabel('Speed').selectOption('1')
    await this.button('Play').click()
    await this.page.waitForTimeout(ms)
    await this.button('Pause').click()
  }
}

export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, provide) => {
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })
    await provide(new AppPage(page))
    expect(problems).toEqual([])
  },
})

export { expect }
