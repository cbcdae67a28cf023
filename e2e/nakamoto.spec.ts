import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/nakamoto.json'

type CliNode = { id: string; role: string; up: boolean; height: number }
const nameOf = (n: CliNode) =>
  n.up ? `${n.id}: ${n.role}, height ${n.height}` : `${n.id}: crashed`

test('the header picks Nakamoto: five miners at height 0, each inspected with its chain', async ({
  app,
}) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('nakamoto')
  expect(await app.nodeNames()).toEqual(
    Array.from({ length: 5 }, (_, i) => `n${i + 1}: miner, height 0`),
  )
  await app.seek(6000)
  await app.node(/^n1: miner, height \d+$/).click()
  await expect(app.page.getByRole('table', { name: 'Chain of n1' })).toContainText('g')
})

test('a Nakamoto link opens the run the CLI computes, miner for miner', async ({ app }) => {
  test.setTimeout(60_000)
  for (const t of [5900]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(Object.keys(expected.nodes[0])).toEqual(['id', 'up', 'role', 'height', 'tip', 'chain'])
    await expect(app.node(/^n1: /)).toBeVisible()
    expect(await app.nodeNames()).toEqual(expected.nodes.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

test('the partition story: the block tree shows the orphaned side, and no broken property', async ({
  app,
}) => {
  await app.openPreset(/^Open A partition: two chains, and a reorg when it heals/)
  await app.showPanel('Block tree')
  const region = app.page.getByRole('region', { name: 'Block tree' })
  const tree = region.getByRole('img', { name: /^Block tree\. At 3 s: 10 blocks mined/ })
  await expect(tree).toBeVisible()
  await expect(tree).toHaveAttribute('aria-label', /4 orphaned/)
  await expect(region.getByRole('list', { name: 'The block tree in words' })).toContainText(
    'n1, n2, n3, n4, n5: tip n4.5, height 6, on the main chain',
  )
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    'Every safety property holds so far.',
  )
})

test('the explorer finds the selfish miner’s withheld block', async ({ app }) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('nakamoto')
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('selfish-mining')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  expect(await dialog.getByRole('status').textContent()).toContain('Found Blocks Published')
  await dialog.getByRole('button', { name: 'Open the failing run' }).click()
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    /Found Blocks Published/,
  )
})
