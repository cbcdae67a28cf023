import { cli, test, expect } from './fixtures'

const EXAMPLE = 'examples/mapreduce.json'

type CliNode = { id: string; role: string; up: boolean }

test('a MapReduce link opens the run the CLI computes, worker for worker', async ({ app }) => {
  test.setTimeout(60_000)
  await app.page.goto(`/${cli('link', EXAMPLE, '--t', '400').trim()}`)
  const expected = JSON.parse(cli('run', EXAMPLE, '--until', '400', '--json'))
  expect(Object.keys(expected.nodes[0])).toEqual(['id', 'up', 'role', 'tasks'])
  expect(expected.nodes.map((n: CliNode) => n.role)).toEqual([
    'master',
    'worker',
    'worker',
    'worker',
    'worker',
  ])
  await expect(app.node('n1: master')).toBeVisible()
  const names = await app.nodeNames()
  expect(names[0]).toBe('n1: master')
  // Every worker runs a map task at 0.4 s, and its accessible name says which.
  for (const name of names.slice(1)) expect(name).toMatch(/^n\d: worker, map \d$/)
  expect(await app.traceHash()).toBe(expected.traceHash)
})

test('a worker crash after its map tasks: the task board shows them lost and run again', async ({
  app,
}) => {
  await app.openPreset(/^Open A worker fails after its map tasks completed/)
  await expect(app.node('n3: crashed')).toBeVisible()
  await app.seek(1250)
  await expect(app.node('n2: worker, map 2')).toBeVisible()
  await expect(app.node('n4: worker, map 5')).toBeVisible()
  await app.showPanel('Task board')
  const region = app.page.getByRole('region', { name: 'Task board' })
  await expect(
    region.getByRole('img', {
      name: 'Each task’s state at the master over time, up to the cursor',
    }),
  ).toBeVisible()
  const table = region.getByRole('table', { name: 'Tasks at the cursor' })
  await expect(table.getByRole('row', { name: /^map 2 running again on n2/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /^map 1 completed on n2/ })).toBeVisible()
  await app.seek(3000)
  await expect(region).toContainText('Run again after a worker failed: map 2, map 5, reduce 2.')
  await expect(region).toContainText('The job finished at 1.91 s.')
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    'Every safety property holds so far.',
  )
})

test('without re-execution the checks report the lost map output', async ({ app }) => {
  await app.openPreset(/^Open No re-execution: lost map output is never produced again/)
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(
    'Lost Map Output Re-executed',
  )
  await app.node('n1: master').click()
  await expect(
    app.page.getByRole('table', { name: 'Tasks as the master n1 sees them' }),
  ).toContainText(/map 2\s*completed\s*n3/)
})
