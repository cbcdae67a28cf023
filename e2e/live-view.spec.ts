import { expect, test } from './fixtures'
import { installShownPicture } from './canvas-picture'

test('a leader is elected, crashed, and replaced in a higher term', async ({ app }) => {
  await app.open()
  const first = await app.playUntilLeader()
  const id = first.split(':')[0]!
  await app.node(first).click()
  await app.button('Crash').click()
  await expect(app.node(`${id}: crashed`)).toBeVisible()
  await expect(app.leaders()).toHaveCount(0)
  const second = await app.playUntilLeader()
  expect(second.split(':')[0]).not.toBe(id)
  expect(await app.leaderTerm(second)).toBeGreaterThan(await app.leaderTerm(first))
  // And back: restart the old leader, it rejoins as a follower of the new term.
  await app.node(`${id}: crashed`).click()
  await app.button('Restart').click()
  await app.playFast(1500)
  await expect(app.node(new RegExp(`^${id}: follower, term \\d+$`))).toBeVisible()
})

test('scrubbing to zero shows every node a follower in term 0', async ({ app }) => {
  await app.open()
  await app.seek(3000)
  await expect(app.leaders()).toHaveCount(1)
  await app.seek(0)
  for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
    await expect(app.node(`${id}: follower, term 0`)).toBeVisible()
  }
  expect(await app.cursor()).toBe(0)
})

test('Step moves to the next event and Step back returns', async ({ app }) => {
  await app.open()
  await app.button('Step').click()
  const first = await app.cursor()
  expect(first).toBeGreaterThan(0)
  await app.button('Step').click()
  const second = await app.cursor()
  expect(second).toBeGreaterThan(first)
  await app.button('Step back').click()
  expect(await app.cursor()).toBe(first)
  // The keyboard does the same.
  await app.page.keyboard.press('ArrowRight')
  await expect.poll(() => app.cursor()).toBe(second)
})

test('isolating the leader leaves two leaders in two terms', async ({ app }) => {
  await app.open()
  const old = await app.playUntilLeader()
  const id = old.split(':')[0]!
  await app.node(old).click()
  await app.button('Isolate').click()
  await app.playFast(1500)
  await expect(app.leaders()).toHaveCount(2)
  const names = await app
    .leaders()
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!))
  const terms = await Promise.all(names.map((n) => app.leaderTerm(n)))
  expect(new Set(terms).size).toBe(2)
  // The isolated one is the old leader, stuck in the older term.
  expect(names).toContain(old)
  expect(terms[names.indexOf(old)]).toBe(Math.min(...terms))
  await app.showPanel('Network')
  await app.button('Heal').click()
  await app.playFast(1000)
  await expect(app.leaders()).toHaveCount(1)
  await expect(app.node(new RegExp(`^${id}: follower`))).toBeVisible()
})

test('a client put commits on every node', async ({ app }) => {
  await app.open()
  await app.playUntilLeader()
  await app.showPanel('Clients')
  await app.page.getByLabel('Key', { exact: true }).fill('color')
  await app.page.getByLabel('Value', { exact: true }).fill('blue')
  await app.button('Send').click()
  await app.playFast(800)
  const ops = app.page
    .getByRole('list', { name: 'Client operations' })
    .or(app.page.getByRole('table', { name: 'Client operations' }))
  await expect(ops).toContainText('color')
  await expect(ops).toContainText(/ok/)
  await app.node(/^n3: /).click()
  await expect(app.page.getByRole('region', { name: 'Inspector' })).toContainText('blue')
})

test('a long value is shown whole in the list of operations, wrapped', async ({ app }) => {
  await app.open()
  await app.showPanel('Clients')
  const value = 'a-rather-long-value-that-does-not-fit-on-one-line-0123456789'
  await app.page.getByLabel('Value', { exact: true }).fill(value)
  await app.button('Send').click()
  const op = app.page.getByRole('list', { name: 'Client operations' }).getByRole('listitem')
  await expect(op.first()).toContainText(value)
  // Nothing of it is cut off: the text fits its box, over more than one line.
  const fit = await op
    .first()
    .locator('.client-op-what')
    .evaluate((el) => ({
      cut: el.scrollWidth > el.clientWidth,
      lines: el.getClientRects().length > 1 || el.clientHeight > 24,
    }))
  expect(fit).toEqual({ cut: false, lines: true })
})

test('an action in the past starts a branch, and the old future can be switched back to', async ({
  app,
}) => {
  await app.open()
  await app.seek(4000)
  const before = await app.leaders().first().getAttribute('aria-label')
  await app.seek(100)
  await app.node(/^n1: /).click()
  await app.button('Crash').click()
  await expect(app.page.getByLabel('Branch')).toBeVisible()
  await app.seek(4000)
  await expect(app.node('n1: crashed')).toBeVisible()
  const options = app.page.getByLabel('Branch').locator('option')
  await expect(options).toHaveCount(2)
  await app.page.getByLabel('Branch').selectOption({ index: 0 })
  await app.seek(4000)
  await expect(app.node(before!)).toBeVisible()
  await expect(app.node('n1: crashed')).toHaveCount(0)
})

test('the ? key lists the shortcuts, and Space plays and pauses', async ({ app }) => {
  await app.open()
  await app.page.locator('body').press('?')
  const dialog = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Crash the selected node')
  await app.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await app.page.locator('body').press(' ')
  await expect(app.button('Pause')).toBeVisible()
  await app.page.locator('body').press(' ')
  await expect(app.button('Play')).toBeVisible()
})

test('a message in flight can be dropped, and it never arrives', async ({ app }) => {
  await app.open()
  await app.seek(2000)
  const glyph = app.page.locator('.cg-msg').first()
  const id = await glyph.getAttribute('data-id')
  await glyph.click({ force: true })
  const inspector = app.page.getByRole('region', { name: 'Inspector' })
  await expect(inspector).toContainText(`#${id}`)
  await app.button('Drop').click()
  await expect(app.page.locator(`.cg-msg[data-id="${id}"]`)).toHaveCount(0)
  await expect(inspector).toContainText('Not in flight')
  // The drop is an input of the scenario at that moment, like every intervention.
  await app.page.getByText('About this run').click()
  const inputs = app.page.getByRole('list', { name: 'Inputs' }).getByRole('listitem')
  await expect(inputs).toHaveCount(1)
  await expect(inputs).toContainText(`drop #${id}`)
})

/**
 * For each node, whether the canvas shows dark at the top of its timer ring (TIMER_R = 33).
 * Needs installShownPicture.
 */
const RING_TOPS_DARK = `(async () => {
  const canvas = document.querySelector('.cg-msg-canvas')
  const g = await window.shownPicture(canvas)
  const scale = g.canvas.width / parseFloat(canvas.style.width)
  return [...document.querySelectorAll('.cg-nodes .cg-node')].map((node) => {
    const [x, y] = /translate\\(([^,]+),([^)]+)\\)/.exec(node.getAttribute('transform')).slice(1).map(Number)
    const [r, gr, b, a] = g.getImageData(Math.round(x * scale), Math.round((y - 33) * scale), 1, 1).data
    return a > 200 && r + gr + b < 3 * 140
  })
})()`

test('while playing, messages and timer rings are drawn on a canvas; paused, as elements again', async ({
  app,
}) => {
  await app.open()
  const graph = app.page.locator('svg.cg')
  await app.button('Play').click()
  await expect(graph).toHaveClass(/\bmessages-on-canvas\b/)
  await expect(graph).toHaveClass(/\btimers-on-canvas\b/)
  await expect(app.page.locator('.cg-msg-canvas')).toBeVisible()
  // The rings are copies of pre-drawn ones there: at the top of a running timer's ring, the
  // timer's dark colour, not the pale track's; the nodes hide their own meanwhile.
  await expect(app.page.locator('.cg-nodes .cg-timer-track').first()).toBeHidden()
  await installShownPicture(app.page)
  await expect.poll(() => app.page.evaluate(RING_TOPS_DARK)).toContain(true)
  await app.button('Pause').click()
  await expect(graph).not.toHaveClass(/\btimers-on-canvas\b/)
  await expect(graph).not.toHaveClass(/\bmessages-on-canvas\b/)
  // The rings are written again at the cursor: a follower's timer is running.
  await expect(app.page.locator('.cg-nodes .cg-timer[d^="M"]').first()).toBeVisible()
})
