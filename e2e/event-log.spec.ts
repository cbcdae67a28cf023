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

test('paused, a row’s element stays its event’s as the list moves on', async ({ app }) => {
  // A click that lands as the list changes then still goes to the event under the pointer.
  await app.open()
  await app.seek(600)
  const rows = app.page.getByRole('list', { name: 'Event log' }).getByRole('listitem')
  const last = await rows.last().elementHandle()
  const before = await last!.textContent()
  const count = await rows.count()
  await app.button('Step').click()
  await expect.poll(() => rows.last().textContent()).not.toBe(before)
  expect(await last!.evaluate((el) => el.isConnected)).toBe(true)
  expect(await last!.textContent()).toBe(before)
  expect(await rows.count()).toBeGreaterThanOrEqual(count)
})

test('one click on any row goes to its event, the top row cut by the edge included', async ({
  app,
}) => {
  await app.open()
  await app.playFast(1500)
  const scroller = app.page.locator('.event-log-scroller')
  const rows = app.page.getByRole('list', { name: 'Event log' }).getByRole('listitem')
  // Scrolled half a row off a row's edge (22 px rows), so the top row is cut by the edge
  // whatever height the layout gives the list.
  await scroller.evaluate((el) => {
    el.scrollTop = Math.max(11, Math.floor(el.scrollTop / 22) * 22 - 11)
  })
  const box = (await scroller.boundingBox())!
  const x = box.x + 60
  const y = box.y + 5
  const text = await app.page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)!.closest('.event-row')!.textContent!,
    [x, y],
  )
  const cut = await app.page.evaluate(
    ([px, py]) =>
      document.elementFromPoint(px!, py!)!.closest('.event-row')!.getBoundingClientRect().top,
    [x, y],
  )
  expect(cut).toBeLessThan(box.y - 5)
  const at = Number.parseFloat(text.trim())
  await app.page.mouse.click(x, y)
  // Rows show times to the millisecond; the cursor goes to the event's own time.
  await expect.poll(async () => Math.abs((await app.cursor()) - at * 1000)).toBeLessThan(1)
  // And the last row, with a single click too.
  const last = rows.nth((await rows.count()) - 1)
  const lastAt = Number.parseFloat((await last.textContent())!.trim())
  await last.getByRole('button').click()
  await expect.poll(async () => Math.abs((await app.cursor()) - lastAt * 1000)).toBeLessThan(1)
})

test('while following in playback, the log shows the latest events by rewriting its rows in place', async ({
  app,
}) => {
  await app.open()
  await app.seek(3000)
  const log = app.page.getByRole('list', { name: 'Event log' })
  const rows = log.getByRole('listitem')
  await expect(rows.first()).toBeVisible()
  await app.page.getByLabel('Speed').selectOption('0.1')
  const atStart = await rows.last().textContent()
  await app.button('Play').click()
  await expect.poll(() => rows.last().textContent()).not.toBe(atStart)
  // Rows made or removed while playing on (the window already full).
  await log.evaluate((list) => {
    const w = window as unknown as { rowsMade: number }
    w.rowsMade = 0
    new MutationObserver((records) => {
      for (const r of records) w.rowsMade += r.addedNodes.length + r.removedNodes.length
    }).observe(list, { childList: true, subtree: true })
  })
  const lastBefore = await rows.last().textContent()
  await expect.poll(() => rows.last().textContent()).not.toBe(lastBefore)
  const made = await app.page.evaluate(() => (window as unknown as { rowsMade: number }).rowsMade)
  await app.button('Pause').click()
  // No row element came or went; paused, the last row is the cursor's event.
  expect(made).toBe(0)
  const cursor = await app.cursor()
  const last = Number.parseFloat((await rows.last().textContent())!.trim())
  expect(last * 1000).toBeLessThanOrEqual(cursor)
  await expect(rows.last()).toHaveAttribute('aria-current', 'true')
})
