import { readFileSync } from 'node:fs'
import { cli } from './fixtures'
import { expect, test, type Page } from '@playwright/test'

const EXAMPLE = 'examples/design.json'

/** Fails the test on any console error or warning, page error or failed request. */
function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text())
  })
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`))
  return problems
}

const node = (page: Page, name: string | RegExp) => page.getByRole('button', { name })

test('shows five Raft followers in term 0, and they elect a leader when played', async ({
  page,
}) => {
  const problems = watchProblems(page)
  await page.goto('/')
  await expect(page).toHaveTitle('Clusterscope')
  for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
    await expect(node(page, `${id}: follower, term 0`)).toBeVisible()
  }
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(node(page, /^n\d: leader, term \d+$/)).toHaveCount(1, { timeout: 15_000 })
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  // Every node is focusable, for keyboard and screen-reader users.
  await node(page, /^n1: /).focus()
  await expect(node(page, /^n1: /)).toBeFocused()
  expect(problems).toEqual([])
})

test('Chromium computes the same trace hash as the CLI in Node', async ({ page }) => {
  await page.goto('/')
  const scenario = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as unknown
  const inBrowser = await page.evaluate(
    ([s]) =>
      (
        window as never as { clusterscope: { run(s: unknown, t: number): unknown } }
      ).clusterscope.run(s, 5000),
    [scenario],
  )
  const inNode = JSON.parse(cli('run', EXAMPLE, '--until', '5000', '--json'))
  expect(inBrowser).toEqual(inNode)
})

test('a link from the CLI opens at its moment with the hash the CLI reports', async ({ page }) => {
  const fragment = cli('link', EXAMPLE).trim()
  await page.goto(`/${fragment}&t=3000`)
  await expect(page.getByLabel('Virtual time')).toHaveText('3.000 s')
  await page.getByText('About this run').click()
  const expected = JSON.parse(cli('run', EXAMPLE, '--until', '3000', '--json'))
  await expect(page.getByLabel('Trace hash')).toHaveText(expected.traceHash)
  for (const n of expected.nodes as { id: string; role: string; term: number; up: boolean }[]) {
    const name = n.up ? `${n.id}: ${n.role}, term ${n.term}` : `${n.id}: crashed`
    await expect(node(page, name)).toBeVisible()
  }
})

test('a broken link shows an alert and opens the default scenario', async ({ page }) => {
  await page.goto('/#s=this-is-not-a-scenario')
  await expect(page.getByRole('alert')).toContainText('could not be opened')
  await expect(node(page, 'n1: follower, term 0')).toBeVisible()
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
