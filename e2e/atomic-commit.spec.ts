import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/2pc.json'

type CliNode = { id: string; role: string; up: boolean }
/** The accessible name the app gives the node the CLI describes (crashed, too). */
const nameOf = (n: CliNode) => `${n.id}: ${n.role}`

test('the header picks two-phase commit: a coordinator and three participants', async ({ app }) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('2pc')
  await expect(app.node('n1: coordinator')).toBeVisible()
  for (const id of ['n2', 'n3', 'n4']) await expect(app.node(`${id}: participant`)).toBeVisible()
  await expect(app.page.getByLabel('Branch')).toContainText('Two-phase commit')
  // Vote no (V) forces a participant's next vote; the inspector shows it waiting.
  await app.node('n3: participant').click()
  await app.button('Vote no').click()
  await expect(app.page.getByText('Next vote (forced)')).toBeVisible()
})

test('a 2PC link opens the run the CLI computes, node for node', async ({ app }) => {
  for (const t of [150, 1500, 3500]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(Object.keys(expected.nodes[1])).toEqual(
      expect.arrayContaining(['id', 'up', 'role', 'txns', 'store']),
    )
    await expect(app.node(/^n1: /)).toBeVisible()
    expect(await app.nodeNames()).toEqual(expected.nodes.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

test('the gallery shows participants blocked by a coordinator crash', async ({ app }) => {
  await app.openPreset(/^Open Coordinator crash after prepare: blocked/)
  await expect(app.node('n1: crashed')).toBeVisible()
  for (const id of ['n2', 'n3', 'n4']) {
    await expect(app.node(`${id}: participant, blocked`)).toBeVisible()
  }
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    'so linearizability is not checked',
  )
})

test('the gallery shows three-phase commit breaking atomicity under a partition', async ({
  app,
}) => {
  await app.openPreset(/^Open Three-phase commit under a partition/)
  await expect(app.node('n4: participant, aborted')).toBeVisible()
  await expect(app.node('n2: participant, committed')).toBeVisible()
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    'Atomicity. T1 committed at n2, n3 but aborted at n4',
  )
})

test('the explorer finds a participant that commits on its own, and shrinks it', async ({
  app,
}) => {
  await app.open()
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('presume-commit-on-timeout')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  const summary = await dialog.getByRole('status').textContent()
  expect(summary).toContain('No Commit Without Votes')
  expect(Number(/to (\d+), after/.exec(summary!)![1])).toBeLessThanOrEqual(12)
})
