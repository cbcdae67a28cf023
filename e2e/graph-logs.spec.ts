import { test, expect } from './fixtures'
import { buildFragment } from '../src/scenario/codec'

/** Raft with a client put every 500 ms from 1 s: the logs have entries, committed. */
const withPuts = (nodes: number) => ({
  version: 1,
  protocol: 'raft',
  nodes,
  seed: 5,
  params: {},
  inputs: [1000, 1500, 2000, 2500].map((at, i) => ({
    at,
    type: 'client',
    op: 'put',
    key: 'x',
    value: String(i + 1),
  })),
})

test('each node shows its log, solid once committed', async ({ app }) => {
  await app.open(`#${buildFragment({ scenario: withPuts(5) as never, t: 8000 })}`)
  for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
    const entries = app.page.locator(`.cg-node[data-id="${id}"] .cg-entry`)
    // The leader's first entry of its term, then the four puts.
    await expect(entries).toHaveCount(5)
    await expect(entries.and(app.page.locator('.open'))).toHaveCount(0)
  }
})

test('a crowded graph hides logs and role lines, and never writes them', async ({ app }) => {
  // 25 nodes: the graph is dense, logs and role lines are not shown, so not kept up either.
  await app.open(`#${buildFragment({ scenario: withPuts(25) as never, t: 8000 })}`)
  await expect(app.page.locator('svg.cg.dense')).toHaveCount(1)
  await expect(app.node(/^n25: /)).toBeVisible()
  await expect(app.page.locator('.cg-entry')).toHaveCount(0)
  await expect(app.page.locator('.cg-role:not(:empty)')).toHaveCount(0)
  await app.button('Play').click()
  await expect.poll(() => app.cursor()).toBeGreaterThan(8500)
  await app.button('Pause').click()
  await expect(app.page.locator('.cg-entry')).toHaveCount(0)
})
