import { readFileSync, writeFileSync } from 'node:fs'
import { cli, test, expect, AppPage } from './fixtures'

const EXAMPLE = 'examples/design.json'

type CliNode = { id: string; role: string; term: number; up: boolean }
const nameOf = (n: CliNode) => (n.up ? `${n.id}: ${n.role}, term ${n.term}` : `${n.id}: crashed`)

/** Every node's accessible name, in id order: what the user sees of the cluster. */
test('Share gives a link that opens the same run at the same moment', async ({ app, context }) => {
  await app.open()
  await app.playUntilLeader()
  const leader = (await app.leaders().first().getAttribute('aria-label'))!.split(':')[0]!
  await app.node(new RegExp(`^${leader}: `)).click()
  await app.button('Crash').click()
  await app.playFast(400)
  const names = await app.nodeNames()
  const cursor = await app.page.getByLabel('Virtual time').textContent()
  const hash = await app.traceHash()

  await app.button('Share').click()
  const link = await app.page.getByRole('textbox', { name: 'Share link' }).inputValue()
  expect(link).toMatch(/#s=[\w-]+&t=[\d.e-]+$/)
  expect(link.length).toBeLessThan(2000)

  const other = new AppPage(await context.newPage())
  await other.page.goto(link)
  await expect(other.page.getByLabel('Virtual time')).toHaveText(cursor!)
  expect(await other.nodeNames()).toEqual(names)
  expect(await other.traceHash()).toBe(hash)
  await other.page.getByText('About this run').click()
  await expect(other.page.getByLabel('Trace hash')).toHaveText(hash)
  await expect(other.page.getByRole('list', { name: 'Inputs' })).toContainText(`crash ${leader}`)
})

test('a CLI link opened in the browser shows what run --until reports', async ({ app }) => {
  for (const t of [800, 2300, 4000]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(await app.nodeNames()).toEqual(expected.nodes.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

/**
 * Opens every gallery scenario in [from, to) of the list (halves, so that two workers share
 * the twenty-odd fresh runs, two of them on 1,000 nodes), each at its moment.
 */
async function openGalleryScenarios(app: AppPage, half: 0 | 1) {
  await app.open()
  await app.button('Gallery').click()
  const opens = app.page
    .getByRole('dialog', { name: 'Gallery' })
    .getByRole('button', { name: /^Open / })
  const count = await opens.count()
  expect(count).toBeGreaterThanOrEqual(9)
  const from = half === 0 ? 0 : Math.ceil(count / 2)
  const to = half === 0 ? Math.ceil(count / 2) : count
  for (let i = from; i < to; i++) {
    if (i > from) await app.button('Gallery').click()
    const open = opens.nth(i)
    const title = (await open.getAttribute('aria-label'))!.slice('Open '.length)
    const at = await open.locator('xpath=..').locator('.hint').textContent()
    await open.click()
    await expect(app.page.getByRole('dialog', { name: 'Gallery' })).toHaveCount(0)
    await expect(app.page.getByLabel('Virtual time')).toHaveText(at!.replace('opens at ', ''))
    await expect(app.page.getByLabel('Branch')).toContainText(title)
    await expect(app.node(/^n1: /)).toBeVisible()
  }
  await expect(app.page.getByLabel('Branch').locator('option')).toHaveCount(to - from + 1)
}

for (const half of [0, 1] as const) {
  test(`every gallery scenario opens at its moment (${half === 0 ? 'first' : 'second'} half)`, async ({
    app,
  }) => {
    test.setTimeout(150_000)
    await openGalleryScenarios(app, half)
  })
}

test('the gallery opens at the run’s protocol, and its protocol row jumps to another', async ({
  app,
}) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('chain')
  await app.button('Gallery').click()
  const dialog = app.page.getByRole('dialog', { name: 'Gallery' })
  const protocols = dialog.getByRole('navigation', { name: 'Protocols in the gallery' })
  await expect(protocols.getByRole('button', { name: 'Chain replication' })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await expect(
    dialog.getByRole('heading', { name: 'Chain replication', exact: true }),
  ).toBeInViewport()
  await expect(dialog.getByRole('heading', { name: 'Raft', exact: true })).not.toBeInViewport()
  await protocols.getByRole('button', { name: 'Multi-Paxos' }).click()
  await expect(dialog.getByRole('heading', { name: 'Multi-Paxos', exact: true })).toBeInViewport()
})

test('a gallery link opens the same run as its Open button', async ({ app }) => {
  await app.open()
  await app.button('Gallery').click()
  const dialog = app.page.getByRole('dialog', { name: 'Gallery' })
  await dialog
    .getByRole('link', { name: /^Link to / })
    .nth(3)
    .click()
  const viaLink = await app.traceHash()
  const namesViaLink = await app.nodeNames()
  await app.button('Gallery').click()
  await dialog
    .getByRole('button', { name: /^Open / })
    .nth(3)
    .click()
  expect(await app.traceHash()).toBe(viaLink)
  expect(await app.nodeNames()).toEqual(namesViaLink)
})

test('Export then Import gives the same run; a bad file is named in an alert', async ({
  app,
}, info) => {
  await app.page.goto(`/${cli('link', EXAMPLE, '--t', '3000').trim()}`)
  const before = await app.nodeNames()
  const hash = await app.traceHash()
  const download = app.page.waitForEvent('download')
  await app.button('Export').click()
  const file = info.outputPath((await download).suggestedFilename())
  expect(file).toMatch(/clusterscope-raft-5n-seed42\.json$/)
  await (await download).saveAs(file)
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(readFileSync(EXAMPLE, 'utf8')))

  await app.open()
  await app.page.getByLabel('Scenario file').setInputFiles(file)
  await expect(app.page.getByLabel('Branch')).toContainText('file clusterscope-raft-5n-seed42.json')
  await app.seek(3000)
  expect(await app.nodeNames()).toEqual(before)
  expect(await app.traceHash()).toBe(hash)

  const bad = info.outputPath('bad.json')
  writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(EXAMPLE, 'utf8')), nodes: 1e9 }))
  await app.page.getByLabel('Scenario file').setInputFiles(bad)
  await expect(app.page.getByRole('alert')).toContainText('bad.json: nodes')
  expect(await app.traceHash()).toBe(hash)
})

test('a scenario file dropped on the page opens as a new run', async ({ app }) => {
  await app.open()
  const text = readFileSync(EXAMPLE, 'utf8')
  await app.page.evaluate((json) => {
    const data = new DataTransfer()
    data.items.add(new File([json], 'dropped.json', { type: 'application/json' }))
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true }))
    }
  }, text)
  await expect(app.page.getByLabel('Branch')).toContainText('file dropped.json')
  await app.page.getByText('About this run').click()
  await expect(app.page.getByRole('list', { name: 'Inputs' }).getByRole('listitem')).toHaveCount(11)
})

test('embed mode shows the graph, the timeline and playback, and nothing else', async ({ app }) => {
  await app.page.goto(`/${cli('link', EXAMPLE, '--t', '1500').trim()}&embed=1`)
  await expect(app.node(/^n1: /)).toBeVisible()
  for (const name of ['Play', 'Step', 'Step back']) await expect(app.button(name)).toBeVisible()
  await expect(app.timeline()).toBeVisible()
  await expect(app.page.getByLabel('Speed')).toBeVisible()
  for (const name of ['Share', 'Parameters', 'Gallery', 'Import', 'Export', 'Undo', 'Crash']) {
    await expect(app.button(name)).toHaveCount(0)
  }
  await expect(app.page.getByLabel('Branch')).toHaveCount(0)
  await expect(app.page.getByRole('link', { name: /Open in Clusterscope/ })).toBeVisible()
  await app.button('Play').click()
  await expect.poll(() => app.cursor()).toBeGreaterThan(1500)
})

test('a reload keeps the run, its interventions and the moment', async ({ app }) => {
  await app.open()
  await app.seek(1800)
  await app.node(/^n3: /).click()
  await app.button('Crash').click()
  await app.seek(2600)
  const names = await app.nodeNames()
  expect(names).toContain('n3: crashed')
  await app.page.reload()
  await expect(app.page.getByLabel('Virtual time')).toHaveText('2.600 s')
  expect(await app.nodeNames()).toEqual(names)
})

test('requests sent while playing are all kept: paused, a reload still has them', async ({
  app,
}) => {
  await app.open()
  await app.showPanel('Clients')
  await app.page.getByLabel('Speed').selectOption('0.1')
  await app.button('Play').click()
  // While playing, the address is written at most every 2 s (app/persist.ts).
  const send = app.page.getByRole('button', { name: 'Send', exact: true })
  for (let i = 0; i < 3; i++) await send.click()
  await app.button('Pause').click()
  const ops = app.page.getByRole('list', { name: 'Client operations' }).getByRole('listitem')
  await expect(ops).toHaveCount(3)
  await app.page.reload()
  await app.showPanel('Clients')
  await expect(ops).toHaveCount(3)
})

test('Undo and Redo take back and put back an intervention, by button and by key', async ({
  app,
}) => {
  await app.open()
  await app.seek(1500)
  const before = await app.nodeNames()
  await expect(app.button('Undo')).toBeDisabled()
  await app.node(/^n2: /).click()
  await app.button('Crash').click()
  await expect(app.node('n2: crashed')).toBeVisible()
  await app.button('Undo').click()
  expect(await app.nodeNames()).toEqual(before)
  await app.button('Redo').click()
  await expect(app.node('n2: crashed')).toBeVisible()
  await app.page.keyboard.press('Control+z')
  expect(await app.nodeNames()).toEqual(before)
  await app.page.keyboard.press('Control+Shift+z')
  await expect(app.node('n2: crashed')).toBeVisible()
  await expect(app.button('Redo')).toBeDisabled()
})

test('broken and hostile links get an alert, the default run, and keep saved work', async ({
  app,
}) => {
  await app.open()
  await app.seek(1200)
  await app.node(/^n4: /).click()
  await app.button('Crash').click()
  const good = cli('link', EXAMPLE).trim()
  const hostile = [
    ['#s=', 'empty'],
    [`${good.slice(0, good.length / 2)}`, 'damaged or truncated'],
    ['#s=%%%%', "can't be in a share link"],
    [`#s=${'A'.repeat(200_000)}`, 'too long'],
    [`${good}&t=soon`, 't= must be a time'],
  ]
  for (const [fragment, problem] of hostile) {
    // A fresh load each time: a link opened from elsewhere, not a hash change in this page.
    await app.page.goto('about:blank')
    await app.page.goto(`/${fragment}`)
    await expect(app.page.getByRole('alert')).toContainText(problem!)
    await expect(app.node('n1: follower, term 0')).toBeVisible()
    await expect(app.page.getByLabel('Branch')).toContainText('Saved run')
  }
  await app.page.getByLabel('Branch').selectOption({ label: 'Saved run (from before this link)' })
  await app.seek(1500)
  await expect(app.node('n4: crashed')).toBeVisible()
  // Pasted into the address bar of the open app: the run it replaces stays a branch.
  await app.page.goto('/#s=not-a-scenario')
  await expect(app.page.getByRole('alert')).toContainText('could not be opened')
  await expect(app.node('n1: follower, term 0')).toBeVisible()
  await expect(app.page.getByLabel('Branch')).toContainText('Saved run')
})
