import { readFileSync } from 'node:fs'
import { cli, test, expect } from './fixtures'

type CliNode = { id: string; role: string; up: boolean }

test('nodes join and leave a Dynamo cluster; the file and the link keep both', async ({
  app,
}, info) => {
  await app.open()
  // Raft's nodes are fixed: neither action is there.
  await expect(app.button('Join a node')).toHaveCount(0)
  await app.node(/^n1: /).click()
  await expect(app.button('Crash')).toBeVisible()
  await expect(app.button('Leave')).toHaveCount(0)

  await app.page.getByRole('combobox', { name: 'Protocol' }).selectOption('dynamo')
  await expect(app.node('n5: replica')).toBeVisible()
  await expect(app.node(/^n6: /)).toHaveCount(0)
  await app.seek(500)
  await app.button('Join a node').click()
  await expect(app.node('n6: replica')).toBeVisible()
  await expect(app.page.getByRole('list', { name: 'Event log' })).toContainText('input: join n6')

  await app.seek(800)
  await app.node('n2: replica').click()
  await app.button('Leave').click()
  await expect(app.node(/^n2: /)).toHaveCount(0)
  // The menu still shows the node it was opened for, by what it is now.
  await expect(app.page.getByRole('heading', { name: /^Actions for n2/ })).toBeVisible()
  await expect(app.button('Leave')).toBeDisabled()
  expect(await app.nodeNames()).toEqual(
    ['n1', 'n3', 'n4', 'n5', 'n6'].map((id) => `${id}: replica`),
  )

  // The key J joins one more: n7.
  await app.page.keyboard.press('j')
  await expect(app.node('n7: replica')).toBeVisible()
  await app.page.keyboard.press('Control+z')
  await expect(app.node(/^n7: /)).toHaveCount(0)

  // Export holds both inputs, and the command line runs it to the same trace.
  const download = app.page.waitForEvent('download')
  await app.button('Export').click()
  const file = info.outputPath('membership.json')
  await (await download).saveAs(file)
  const scenario = JSON.parse(readFileSync(file, 'utf8'))
  expect(scenario.inputs).toEqual(
    expect.arrayContaining([
      { at: 500, type: 'join' },
      { at: 800, type: 'leave', node: 'n2' },
    ]),
  )
  const cursor = await app.cursor()
  const run = JSON.parse(cli('run', file, '--until', String(cursor), '--json'))
  expect(run.nodes.map((n: CliNode) => `${n.id}: ${n.role}`)).toContain('n2: left')
  expect(run.nodes.map((n: CliNode) => n.id)).toContain('n6')
  expect(await app.traceHash()).toBe(run.traceHash)

  // The share link opens the same run, n2 gone and n6 in.
  await app.button('Share').click()
  const link = await app.page.getByRole('textbox', { name: 'Share link' }).inputValue()
  await app.page.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(app.node('n6: replica')).toBeVisible()
  await expect(app.node(/^n2: /)).toHaveCount(0)
  expect(await app.traceHash()).toBe(run.traceHash)
})
