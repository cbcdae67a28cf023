import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/swim.json'

type CliNode = { id: string; role: string; up: boolean }
const nameOf = (n: CliNode) => `${n.id}: ${n.role}`

test('the header picks SWIM: twelve members, each inspected with its own table', async ({
  app,
}) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('swim')
  expect(await app.nodeNames()).toEqual(Array.from({ length: 12 }, (_, i) => `n${i + 1}: alive`))
  await app.node('n1: alive').click()
  await expect(app.page.getByRole('heading', { name: 'Members (12)' })).toBeVisible()
  await expect(app.page.getByRole('table', { name: 'Members as n1 sees them' })).toContainText(
    'n12',
  )
})

test('a SWIM link opens the run the CLI computes, member for member', async ({ app }) => {
  // Two command-line runs per moment: room for them on a busy machine.
  test.setTimeout(90_000)
  for (const t of [3000, 6500, 12_000]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(Object.keys(expected.nodes[0])).toEqual(['id', 'up', 'role', 'members', 'incarnation'])
    await expect(app.node(/^n1: /)).toBeVisible()
    // n13 joins at 4 s: before that it is not a member and not drawn.
    const members = expected.nodes.filter((n: CliNode) => t >= 4000 || n.id !== 'n13')
    expect(await app.nodeNames()).toEqual(members.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

test('the gallery shows a crash suspected by every member, and no broken property', async ({
  app,
}) => {
  await app.openPreset(/^Open A crash, suspected and then declared dead/)
  await expect(app.node('n7: crashed')).toBeVisible()
  await app.node('n2: alive').click()
  await expect(app.page.getByRole('table', { name: 'Members as n2 sees them' })).toContainText(
    /n7\s*suspect/,
  )
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    'Every safety property holds so far.',
  )
})

test('the explorer finds the missing suspicion and shrinks it', async ({ app }) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('swim')
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('no-suspicion')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  const summary = await dialog.getByRole('status').textContent()
  expect(summary).toContain('Suspected Before Declared Dead')
  expect(Number(/to (\d+), after/.exec(summary!)![1])).toBeLessThanOrEqual(12)
  await dialog.getByRole('button', { name: 'Open the failing run' }).click()
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    /Suspected Before Declared Dead/,
  )
})

test('push gossip: the rumour reaches every member, as the gallery tells it', async ({ app }) => {
  await app.openPreset(/^Open A rumour spreads like an epidemic/)
  expect(await app.nodeNames()).toHaveLength(32)
  await app.seek(2500)
  await app.node('n20: alive').click()
  await expect(app.page.getByText('rumor = v1 (version 1)', { exact: true })).toBeVisible()
})
