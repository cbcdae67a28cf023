import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/dynamo.json'

type CliNode = { id: string; role: string; up: boolean }
/** The accessible name the app gives the node the CLI describes (crashed, too): no epoch. */
const nameOf = (n: CliNode) => `${n.id}: ${n.role}`

test('the header picks Dynamo: five replicas, each inspected with its hints', async ({ app }) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('dynamo')
  for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
    await expect(app.node(`${id}: replica`)).toBeVisible()
  }
  await expect(app.page.getByLabel('Branch')).toContainText('Dynamo quorums')
  await app.node('n1: replica').click()
  await expect(app.page.getByRole('heading', { name: /^Hints kept for others/ })).toBeVisible()
})

test('a Dynamo link opens the run the CLI computes, node for node', async ({ app }) => {
  for (const t of [800, 2300, 4000]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(Object.keys(expected.nodes[0])).toEqual(
      expect.arrayContaining(['id', 'up', 'role', 'tokens', 'store']),
    )
    await expect(app.node(/^n1: /)).toBeVisible()
    // n6 joins at 1.5 s: before that it is not a member and not drawn.
    const members = expected.nodes.filter((n: CliNode) => t >= 1500 || n.id !== 'n6')
    expect(await app.nodeNames()).toEqual(members.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

test('the gallery shows a stale read under a sloppy quorum, allowed by its settings', async ({
  app,
}) => {
  await app.openPreset(/^Open Sloppy quorum: R \+ W > N is not enough/)
  const checks = app.page.getByRole('region', { name: 'Checks' })
  await expect(checks).toContainText('Every safety property holds so far.')
  await expect(checks).toContainText('not linearizable')
  await expect(checks).toContainText('These settings do not promise linearizability')
})

test('the gallery shows a write lost to a skewed clock', async ({ app }) => {
  await app.openPreset(/^Open Broken: last-writer-wins with skewed clocks/)
  const checks = app.page.getByRole('region', { name: 'Checks' })
  await expect(checks).toContainText('Broken on purpose')
  await expect(checks).toContainText('Acknowledged Writes Survive. put x = 2 of c2')
})

test('the explorer finds the skewed clocks and shrinks them', async ({ app }) => {
  await app.open()
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('lww-clock-skew')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  const summary = await dialog.getByRole('status').textContent()
  expect(summary).toContain('Acknowledged Writes Survive')
  expect(Number(/to (\d+), after/.exec(summary!)![1])).toBeLessThanOrEqual(12)
  await dialog.getByRole('button', { name: 'Open the failing run' }).click()
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    /Acknowledged Writes Survive/,
  )
})
