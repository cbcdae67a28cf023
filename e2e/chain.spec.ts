import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/chain.json'

type CliNode = { id: string; role: string; up: boolean }
/** The accessible name the app gives the node the CLI describes: no epoch for a chain. */
const nameOf = (n: CliNode) => (n.up ? `${n.id}: ${n.role}` : `${n.id}: crashed`)

test('the header picks chain replication: head, middle, tail and the master', async ({ app }) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('chain')
  await expect(app.node('n1: head')).toBeVisible()
  await expect(app.node('n2: middle')).toBeVisible()
  await expect(app.node('n3: tail')).toBeVisible()
  await expect(app.node('n4: master')).toBeVisible()
  await app.playFast(400)
  // The event log says it in chain words; the inspector lists the master's heartbeats. The
  // log shows the latest events only, so any server's heartbeat and its answer will do.
  const log = app.page.getByRole('list', { name: 'Event log' })
  await expect(log).toContainText(/n4 answers n\d's heartbeat: chain version 1/)
  await app.node('n4: master').click()
  await expect(app.page.getByRole('heading', { name: /^Heartbeats/ })).toBeVisible()
  await app.node('n1: head').click()
  await expect(app.page.getByRole('heading', { name: /^History/ })).toBeVisible()
  await expect(app.page.getByLabel('Branch')).toContainText('Chain replication')
})

test('a chain link opens the run the CLI computes, node for node', async ({ app }) => {
  for (const t of [1000, 3500]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(Object.keys(expected.nodes[0])).toEqual(
      expect.arrayContaining(['id', 'up', 'role', 'version', 'chain', 'store']),
    )
    expect(expected.nodes.at(-1)).toMatchObject({ role: 'master', store: {} })
    await expect(app.node(/^n1: /)).toBeVisible()
    expect(await app.nodeNames()).toEqual(expected.nodes.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

test('the gallery shows the head failing and a new head taking over', async ({ app }) => {
  await app.openPreset(/^Open Head failure/)
  await expect(app.node('n1: crashed')).toBeVisible()
  await expect(app.node('n2: head')).toBeVisible()
  await expect(app.node('n3: tail')).toBeVisible()
  await expect(app.node('n4: master')).toBeVisible()
})

test('the gallery shows a successor missing an update that was never resent', async ({ app }) => {
  await app.openPreset(/^Open Broken: in-flight updates not resent/)
  const checks = app.page.getByRole('region', { name: 'Checks' })
  await expect(checks).toContainText('Broken on purpose')
  await expect(checks).toContainText(
    "History Prefix. n3's history is not a prefix of its predecessor n1's",
  )
  await expect(app.node('n2: crashed')).toBeVisible()
  await expect(app.node('n1: head')).toBeVisible()
})

test('the explorer finds the missing resend and shrinks it', async ({ app }) => {
  await app.open()
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('no-resend-on-repair')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  const summary = await dialog.getByRole('status').textContent()
  expect(summary).toContain('History Prefix')
  expect(Number(/to (\d+), after/.exec(summary!)![1])).toBeLessThanOrEqual(12)
  await dialog.getByRole('button', { name: 'Open the failing run' }).click()
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(/History Prefix/)
})
