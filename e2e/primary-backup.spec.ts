import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/primary-backup.json'

type CliNode = { id: string; role: string; view: number; up: boolean }
/** The accessible name the app gives the node the CLI describes. */
const nameOf = (n: CliNode) => {
  if (!n.up) return `${n.id}: crashed`
  return n.view === 0 ? `${n.id}: ${n.role}` : `${n.id}: ${n.role}, view ${n.view}`
}

test('the header picks primary-backup: the view service makes view 1', async ({ app }) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('primary-backup')
  await expect(app.node('n4: view service')).toBeVisible()
  for (const id of ['n1', 'n2', 'n3']) await expect(app.node(`${id}: idle`)).toBeVisible()
  await app.button('Play').click()
  await expect(app.node('n1: primary, view 1')).toBeVisible({ timeout: 20_000 })
  // The event log says it in primary-backup words; the inspector lists the pings. The log
  // shows the latest events only, so any server's ping and answer will do; the view is
  // acknowledged once the new primary pings with it, a tick after it becomes primary.
  const log = app.page.getByRole('list', { name: 'Event log' })
  const acknowledged = /n4 tells n\d view 1: primary n1, backup n2 \(acknowledged\)/
  await expect(log).toContainText(acknowledged, { timeout: 20_000 })
  await app.button('Pause').click()
  await expect(app.node('n4: view service, view 1')).toBeVisible()
  await expect(app.node(/^n2: backup, view 1$/)).toBeVisible()
  await expect(log).toContainText(/n\d pings n4 \(view 1\)/)
  await app.node(/^n4: /).click()
  await expect(app.page.getByRole('heading', { name: /^Pings/ })).toBeVisible()
  await expect(app.page.getByLabel('Branch')).toContainText('Primary-backup')
})

test('a primary-backup link opens the run the CLI computes, node for node', async ({ app }) => {
  for (const t of [1200, 3500]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(Object.keys(expected.nodes[0])).toEqual(
      expect.arrayContaining(['id', 'up', 'role', 'view', 'store']),
    )
    await expect(app.node(/^n1: /)).toBeVisible()
    expect(await app.nodeNames()).toEqual(expected.nodes.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

test('the gallery shows a lost write when the primary answers before forwarding', async ({
  app,
}) => {
  await app.open()
  await app.button('Gallery').click()
  await app.page
    .getByRole('dialog', { name: 'Gallery' })
    .getByRole('button', { name: /^Open Broken: the primary answers before the backup/ })
    .click()
  const checks = app.page.getByRole('region', { name: 'Checks' })
  await expect(checks).toContainText('Broken on purpose')
  await expect(checks).toContainText(
    'Acknowledged Writes Survive. n2 became primary of view 2 without the 2nd write to x',
  )
  // The view service has moved on; n1, cut off, still believes it is primary of view 1.
  await expect(app.node('n4: view service, view 2')).toBeVisible()
  await expect(app.node('n1: primary, view 1')).toBeVisible()
})

test('the explorer finds the stale primary and shrinks it', async ({ app }) => {
  await app.open()
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('stale-primary')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  const summary = await dialog.getByRole('status').textContent()
  expect(summary).toMatch(/[Ll]inearizab/)
  expect(Number(/to (\d+), after/.exec(summary!)![1])).toBeLessThanOrEqual(12)
})
