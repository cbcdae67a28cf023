import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/allreduce.json'

type CliNode = { id: string; role: string; up: boolean; step: number }
const nameOf = (n: CliNode) => (n.up ? `${n.id}: ${n.role}, step ${n.step}` : `${n.id}: crashed`)

test('the header picks all-reduce: four workers at step 0, each with its chunks', async ({
  app,
}) => {
  await app.open()
  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('allreduce')
  expect(await app.nodeNames()).toEqual(
    Array.from({ length: 4 }, (_, i) => `n${i + 1}: worker, step 0`),
  )
  await app.node('n1: worker, step 0').click()
  const chunks = app.page.getByRole('table', { name: 'Chunks of n1' })
  await expect(chunks.getByRole('row')).toHaveCount(5)
  await expect(chunks).toContainText('1 / 4: n1')
})

test('an all-reduce link opens the run the CLI computes, worker for worker', async ({ app }) => {
  test.setTimeout(90_000)
  // At 1 s n3 is down with its checkpoint; the others wait in the step it crashed in.
  for (const t of [1000]) {
    await app.page.goto(`/${cli('link', EXAMPLE, '--t', String(t)).trim()}`)
    const expected = JSON.parse(cli('run', EXAMPLE, '--until', String(t), '--json'))
    expect(Object.keys(expected.nodes[0])).toEqual(['id', 'up', 'role', 'step', 'vector'])
    await expect(app.node(/^n1: /)).toBeVisible()
    expect(await app.nodeNames()).toEqual(expected.nodes.map(nameOf))
    expect(await app.traceHash()).toBe(expected.traceHash)
  }
})

test('the gallery shows a crash stalling the ring, and the Chunks tab shows where', async ({
  app,
}) => {
  await app.openPreset(/^Open A crashed worker stalls the ring/)
  await expect(app.node('n3: crashed')).toBeVisible()
  expect(await app.nodeNames()).toEqual([
    'n1: worker, step 2',
    'n2: worker, step 2',
    'n3: crashed',
    'n4: worker, step 2',
  ])
  await app.showPanel('Chunks')
  const region = app.page.getByRole('region', { name: 'Chunk matrix' })
  await expect(region).toContainText('nodes down: 1')
  const matrix = region.getByRole('table', { name: 'Chunks held by each node' })
  await expect(matrix.getByRole('cell', { name: 'n3, chunk 0: nothing held' })).toBeVisible()
  await expect(
    matrix.getByRole('cell', { name: /^n1, chunk 0: \d of 4 contributions$/ }),
  ).toBeVisible()
  const bytes = region.getByRole('table', { name: 'Bytes sent by each node' })
  // Three steps begun, 216 B sent: 72 B per step, on the line.
  await expect(bytes.getByRole('row', { name: 'n1 216 3 72', exact: true })).toBeVisible()
  await expect(region.getByRole('img', { name: /= 72 B$/ })).toBeVisible()
})

test('the no-dedup variant adds a duplicated chunk twice, and the checks say so', async ({
  app,
}) => {
  await app.openPreset(/^Open No dedup: a duplicated chunk is added twice/)
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    "Chunk Contributions. n4 holds chunk 0 of step 0 with n3's gradient in it twice",
  )
})
