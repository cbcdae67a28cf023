import { writeFileSync } from 'node:fs'
import { cli, test, expect, THOUSAND_MEMBERS as SCENARIO } from './fixtures'

test('a 1,000-node cluster: nodes keep their names, one is focused and crashed by keyboard', async ({
  app,
}, info) => {
  test.setTimeout(120_000)
  const file = info.outputPath('swim-1000.json')
  writeFileSync(file, JSON.stringify(SCENARIO))
  await app.page.goto(`/${cli('link', file).trim()}`)

  // Every node is there by its accessible name, on the canvas graph, not in an SVG.
  const n7 = app.node('n7: alive')
  await expect(n7).toBeVisible({ timeout: 60_000 })
  await expect(app.page.locator('.cluster-view canvas')).toBeVisible()
  await expect(app.page.locator('.cluster-view svg .cg-node')).toHaveCount(0)
  const names = await app.nodeNames()
  expect(names).toHaveLength(1000)
  expect(names.slice(0, 2)).toEqual(['n1: alive', 'n2: alive'])
  expect(names.at(-1)).toBe('n1000: alive')

  await app.seek(2000)
  await n7.focus()
  await expect(n7).toBeFocused()
  await app.page.keyboard.press('Enter')
  await expect(n7).toHaveAttribute('aria-pressed', 'true')
  await app.button('Crash').click()
  await expect(app.node('n7: crashed')).toBeVisible()
  await expect(app.node(/^n7: /)).toHaveCount(1)
  await expect(app.node('n8: alive')).toBeVisible()

  // The run with the crash in it is the command line's run, bit for bit.
  await app.button('Share').click()
  const link = await app.page.getByRole('textbox', { name: 'Share link' }).inputValue()
  const cursor = await app.cursor()
  expect(cursor).toBe(2000)
  const run = JSON.parse(cli('run', link, '--until', String(cursor), '--json'))
  expect(run.nodes.find((n: { id: string }) => n.id === 'n7').up).toBe(false)
  expect(await app.traceHash()).toBe(run.traceHash)
})

test('arrow keys move focus between nodes; the cluster is one tab stop', async ({ app }, info) => {
  test.setTimeout(120_000)
  const file = info.outputPath('swim-200.json')
  writeFileSync(file, JSON.stringify({ ...SCENARIO, nodes: 200 }))
  await app.page.goto(`/${cli('link', file).trim()}`)
  const first = app.node('n1: alive')
  await expect(first).toBeVisible({ timeout: 60_000 })
  await expect(app.page.locator('.lg-node[tabindex="0"]')).toHaveCount(1)

  await first.focus()
  await app.page.keyboard.press('ArrowRight')
  await expect(app.node('n2: alive')).toBeFocused()
  await app.page.keyboard.press('End')
  await expect(app.node('n200: alive')).toBeFocused()
  // A click selects, as on the small graph, and the selected node is the tab stop.
  await app.node('n42: alive').click()
  await expect(app.node('n42: alive')).toHaveAttribute('aria-pressed', 'true')
  await expect(app.page.getByRole('heading', { name: /^Actions for n42/ })).toBeVisible()
  await expect(app.node('n42: alive')).toHaveAttribute('tabindex', '0')

  // The canvas saves as PNG; there is no SVG to save.
  await expect(app.button('Save the graph as SVG')).toHaveCount(0)
  const download = app.page.waitForEvent('download')
  await app.button('Save the graph as PNG').click()
  expect((await download).suggestedFilename()).toMatch(/^clusterscope-graph-\d+ms\.png$/)
})
