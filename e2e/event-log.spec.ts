import { test, expect } from './fixtures'

test('the event log lists events up to the cursor, filters them, and seeks', async ({ app }) => {
  await app.open()
  const log = app.page.getByRole('list', { name: 'Event log' })
  await app.seek(600)
  const rows = log.getByRole('listitem')
  await expect(rows.first()).toBeVisible()
  // Every listed entry happened at or before the cursor.
  const times = await rows.evaluateAll((items) =>
    items.map((li) => Number.parseFloat(li.textContent!.trim())),
  )
  expect(times.length).toBeGreaterThan(5)
  expect(Math.max(...times)).toBeLessThanOrEqual(0.6)

  const panel = app.page.getByRole('region', { name: 'Event log panel' })
  await panel.getByLabel('Type').selectOption({ label: 'state changes' })
  await expect(rows.filter({ hasText: 'became leader' })).toHaveCount(1)
  await panel.getByLabel('Node').selectOption('n3')
  await expect(rows.filter({ hasNotText: 'n3' })).toHaveCount(0)

  await panel.getByLabel('Node').selectOption({ label: 'all nodes' })
  const leader = rows.filter({ hasText: 'became leader' })
  const at = Number.parseFloat((await leader.textContent())!.trim())
  await leader.getByRole('button').click()
  await expect.poll(() => app.cursor()).toBe(Math.round(at * 1000))
  await expect(app.leaders()).toHaveCount(1)
})
