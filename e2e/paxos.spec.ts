import { cli, test, expect, type AppPage } from './fixtures'

const EXAMPLE = 'examples/paxos.json'

const paxosLeaders = (app: AppPage) => app.node(/^n\d+: leader, ballot \d+\.\d+$/)

type CliNode = { id: string; role: string; ballot: string; up: boolean }
/** The accessible name the app gives the node the CLI describes. */
const nameOf = (n: CliNode) => {
  if (!n.up) return `${n.id}: crashed`
  return n.ballot === '0.0' ? `${n.id}: ${n.role}` : `${n.id}: ${n.role}, ballot ${n.ballot}`
}

test('the header picks Multi-Paxos: acceptors elect a leader with a ballot', async ({ app }) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('paxos')
  for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
    await expect(app.node(`${id}: acceptor`)).toBeVisible()
  }
  await app.button('Play').click()
  await expect(paxosLeaders(app)).toHaveCount(1, { timeout: 20_000 })
  await app.button('Pause').click()
  const leader = (await paxosLeaders(app).getAttribute('aria-label'))!
  const [id, ballot] = /^(n\d+): leader, ballot (\d+\.\d+)$/.exec(leader)!.slice(1)
  // Every acceptor promised the leader's ballot.
  await expect(app.node(/: acceptor, ballot /)).toHaveCount(4)
  await expect(
    app.node(new RegExp(`: acceptor, ballot ${ballot!.replace('.', '\\.')}$`)),
  ).toHaveCount(4)
  // The event log says it in Paxos words, and the inspector lists the slots.
  await expect(app.page.getByRole('list', { name: 'Event log' })).toContainText(`${id} → `)
  await expect(app.page.getByRole('list', { name: 'Event log' })).toContainText(
    `(ballot ${ballot})`,
  )
  await app.node(new RegExp(`^${id}: `)).click()
  await expect(app.page.getByRole('heading', { name: /^Slots/ })).toBeVisible()
  await expect(app.page.getByLabel('Branch')).toContainText('Multi-Paxos')
})

test('a Paxos link opens the run the CLI computes, node for node', async ({ app }) => {
  const t = 3500
  await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
  const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
  await expect(app.node(/^n1: /)).toBeVisible()
  expect(await app.nodeNames()).toEqual(expected.nodes.map(nameOf))
  const hash = await app.page.evaluate(() =>
    (window as unknown as { clusterscope: { traceHash(): string } }).clusterscope.traceHash(),
  )
  expect(hash).toBe(expected.traceHash)
})

test('the explorer finds a broken Paxos variant and shrinks it', async ({ app }) => {
  await app.open()
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('accept-any-value')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  const summary = await dialog.getByRole('status').textContent()
  expect(summary).toContain('Agreement')
  expect(Number(/to (\d+), after/.exec(summary!)![1])).toBeLessThanOrEqual(12)
  await dialog.getByRole('button', { name: 'Open the failing run' }).click()
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(/Agreement/)
})
