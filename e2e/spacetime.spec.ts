import { writeFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { canvasBox, diagram, drawn } from './spacetime-page'

const SHIVIZ_LOG = `start
a {"a":1}
send to b
a {"a":2}
receive from a
b {"a":2, "b":1}
send to c
b {"a":2, "b":2}
receive from b
c {"a":2, "b":2, "c":1}
`

test('the diagram has a lane per node and grows while the run plays', async ({ app }) => {
  await app.open()
  const lanes = diagram(app).getByRole('list', { name: 'Lanes' }).getByRole('listitem')
  await expect(lanes).toHaveText(['n1', 'n2', 'n3', 'n4', 'n5', 'clients'])
  await expect.poll(() => drawn(app, 'arrows')).toBe(0)
  // The first election: votes asked and granted, a candidate and a leader marked.
  await app.seek(400)
  await expect.poll(() => drawn(app, 'marks')).toBeGreaterThan(1)
  const early = await drawn(app, 'arrows')
  expect(early).toBeGreaterThan(4)
  // Few enough to be SVG elements, each titled with what it is.
  await expect(canvasBox(app).locator('.st-arrow')).toHaveCount(early)
  await expect(canvasBox(app).locator('.st-arrow title').first()).toHaveText(
    /^#\d+ RequestVote n\d → n\d/,
  )
  await app.playFast(1200)
  await expect.poll(() => drawn(app, 'arrows')).toBeGreaterThan(early + 10)
})

test('clicking the diagram moves the cursor to that time', async ({ app }) => {
  await app.open()
  await app.seek(1800)
  await expect.poll(() => drawn(app, 'arrows')).toBeGreaterThan(10)
  const from = Number(await canvasBox(app).getAttribute('data-from-ms'))
  const to = Number(await canvasBox(app).getAttribute('data-to-ms'))
  const box = (await canvasBox(app).boundingBox())!
  const target = 900
  // Lanes start after the lane labels' gutter; 10 px stay free on the right.
  const gutter = Number(await canvasBox(app).getAttribute('data-gutter'))
  const x = gutter + ((target - from) / (to - from)) * (box.width - gutter - 10)
  await canvasBox(app).click({ position: { x, y: box.height - 8 } })
  await expect.poll(async () => Math.abs((await app.cursor()) - target)).toBeLessThan(15)
})

test('a ShiViz log imports with a lane per host; a malformed one is named', async ({
  app,
}, info) => {
  await app.open()
  const good = info.outputPath('three-hosts.log')
  writeFileSync(good, SHIVIZ_LOG)
  await diagram(app).getByRole('button', { name: 'Import trace' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Import trace' })
  await expect(dialog.getByLabel('Log pattern')).toHaveValue(
    String.raw`(?<event>.*)\n(?<host>\S*) (?<clock>{.*})`,
  )
  await dialog.getByLabel('Trace file').setInputFiles(good)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toHaveCount(0)
  const lanes = diagram(app).getByRole('list', { name: 'Lanes' }).getByRole('listitem')
  await expect(lanes).toHaveText(['a', 'b', 'c'])
  await expect(diagram(app)).toContainText('3 hosts, 5 events, 2 messages')
  await expect.poll(() => drawn(app, 'arrows')).toBe(2)
  await expect.poll(() => drawn(app, 'marks')).toBe(5)

  const bad = info.outputPath('broken.log')
  writeFileSync(bad, SHIVIZ_LOG.replace('{"a":2, "b":1}', '{"a":2, "b":'))
  await diagram(app).getByRole('button', { name: 'Back to the run' }).click()
  await diagram(app).getByRole('button', { name: 'Import trace' }).click()
  await dialog.getByLabel('Trace file').setInputFiles(bad)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('alert')).toContainText(
    'broken.log: line 5: no match for the log pattern',
  )
  await app.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(lanes).toHaveText(['n1', 'n2', 'n3', 'n4', 'n5', 'clients'])
})

test('picking an event lights up its causal past and future in the diagram', async ({ app }) => {
  await app.open()
  await app.seek(1500)
  const panel = app.page.getByRole('region', { name: 'Event log panel' })
  await panel.getByLabel('Type').selectOption({ label: 'state changes' })
  const leader = app.page
    .getByRole('list', { name: 'Event log' })
    .getByRole('listitem')
    .filter({ hasText: 'became leader' })
  await leader.getByRole('button').click()
  // Before becoming leader: the votes it was granted; after: the heartbeats it sent.
  await expect
    .poll(async () => Number(await canvasBox(app).getAttribute('data-past')))
    .toBeGreaterThan(2)
  await app.seek(1000)
  await expect
    .poll(async () => Number(await canvasBox(app).getAttribute('data-future')))
    .toBeGreaterThan(10)
})

test('hovering a message in the graph or the diagram highlights it in the other', async ({
  app,
}) => {
  await app.open()
  await app.seek(1500)
  const glyph = app.page.locator('.cg-msg').first()
  const id = await glyph.getAttribute('data-id')
  await glyph.hover({ force: true })
  await expect(canvasBox(app)).toHaveAttribute('data-hovered', id!)

  // A narrower window has few enough arrows to be SVG elements, whose ends can be found.
  for (let i = 0; i < 3; i++) await diagram(app).getByRole('button', { name: 'Zoom in' }).click()
  await expect(canvasBox(app)).toHaveAttribute('data-mode', 'svg')

  const flying = canvasBox(app).locator('.st-arrow.st-flying').last()
  const other = await flying.getAttribute('data-id')
  const line = flying.locator('line')
  const [x1, y1, x2, y2] = await Promise.all(
    ['x1', 'y1', 'x2', 'y2'].map(async (k) => Number(await line.getAttribute(k))),
  )
  const box = (await canvasBox(app).boundingBox())!
  await app.page.mouse.move(box.x + (x1! + x2!) / 2, box.y + (y1! + y2!) / 2)
  await expect(app.page.locator(`.cg-msg.hovered[data-id="${other}"]`)).toHaveCount(1)
})
