/**
 * A 1,000-node SWIM run in everything around the graph: the page stays alive while a far
 * moment is simulated, the space-time diagram scrolls its lanes with the selected node and
 * its peers first, the inspector's member table has every row a scroll away, the event
 * log lists events, and a picked event's causal past shows without vector clocks.
 */

import { writeFileSync } from 'node:fs'
import { cli, expect, test, THOUSAND_MEMBERS as SCENARIO, type AppPage } from './fixtures'
import { canvasBox, diagram, lanes } from './spacetime-page'

/** Moves the slider to `ms` and waits until the run has been simulated there. */
async function seekAndWait(app: AppPage, ms: number) {
  await app.seek(ms)
  await expect(app.page.getByRole('status').filter({ hasText: /^Simulating/ })).toHaveCount(0, {
    timeout: 60_000,
  })
  await expect(app.timeline()).toHaveValue(String(ms))
  await expect(app.page.getByLabel('Virtual time')).toHaveText(`${(ms / 1000).toFixed(3)} s`)
}

test('a 1,000-node run: diagram lanes, the member table and the event log stay usable', async ({
  app,
}, info) => {
  test.setTimeout(180_000)
  const file = info.outputPath('swim-1000.json')
  writeFileSync(file, JSON.stringify(SCENARIO))
  await app.page.goto(`/${cli('link', file).trim()}`)
  await expect(app.node('n1: alive')).toBeVisible({ timeout: 60_000 })

  // 15 s are 120,000 events: simulated in slices, while the page keeps answering.
  await app.seek(15_000)
  await expect(
    app.page.getByRole('status').filter({ hasText: /^Simulating to 15\.000 s/ }),
  ).toBeVisible()
  await app.showPanel('Charts')
  await app.showPanel('Node')
  await seekAndWait(app, 15_000)
  await seekAndWait(app, 20_000)

  // Too many lanes to share the height: they scroll, each still named by its node.
  await expect(canvasBox(app)).toHaveAttribute('data-lanes', /^\d+-\d+$/)
  await expect(lanes(app).first()).toHaveAccessibleName('n1')
  const shown = await lanes(app).count()
  expect(shown).toBeGreaterThan(3)
  expect(shown).toBeLessThan(60)

  // Choosing n1 brings it and the nodes it exchanged messages with to the top.
  await app.node('n1: alive').click()
  await expect(
    diagram(app).getByText(/^n1 and the \d+ nodes? it exchanged messages with/),
  ).toBeVisible()
  await expect(lanes(app).first()).toHaveAccessibleName('n1')
  await expect(lanes(app).nth(1)).not.toHaveAccessibleName('n2')

  // The member table: every member a scroll away, a window of them in the page.
  const members = app.page.getByRole('table', { name: 'Members as n1 sees them' })
  await expect(members).toBeVisible()
  await expect(members.getByRole('row').nth(1)).toContainText(/n7\s*dead/)
  const rows = await members.getByRole('row').count()
  expect(rows).toBeGreaterThan(10)
  expect(rows).toBeLessThan(60)
  await members.locator('xpath=..').evaluate((box) => (box.scrollTop = box.scrollHeight))
  await expect(members.getByRole('row', { name: /^n1000 alive/ })).toBeVisible()

  // The event log lists events up to the cursor.
  const log = app.page.getByRole('list', { name: 'Event log' })
  await expect(log.getByRole('listitem').first()).toBeVisible()
  expect(await log.getByRole('listitem').count()).toBeGreaterThan(5)
  await expect(log.getByRole('listitem').last()).toContainText('20.000 s')

  // Picking an event lights its causal past, found by sweeping the trace.
  await log.getByRole('listitem').last().getByRole('button').click()
  await expect(canvasBox(app)).not.toHaveAttribute('data-picked', '', { timeout: 10_000 })
  await expect(canvasBox(app)).not.toHaveAttribute('data-past', '0')

  // A lane filter narrows the diagram to the lanes named.
  await diagram(app).getByRole('searchbox', { name: 'Lane filter' }).fill('n7, n500-n502')
  await expect(lanes(app)).toHaveText(['n7', 'n500', 'n501', 'n502'])
  await expect(canvasBox(app)).toHaveAttribute('data-lanes', 'fit')
})
