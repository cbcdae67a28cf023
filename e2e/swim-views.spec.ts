import { writeFileSync } from 'node:fs'
import { cli, test, expect, type AppPage } from './fixtures'

/** Twelve members, 5% loss; n7 crashes at 5 s and every live member has it dead by 8.3 s. */
const SCENARIO = {
  version: 1,
  protocol: 'swim',
  nodes: 12,
  seed: 1,
  params: { lossRate: 0.05 },
  inputs: [{ at: 5000, type: 'crash', node: 'n7' }],
}

async function openAt(app: AppPage, path: string, t: number, scenario: object = SCENARIO) {
  writeFileSync(path, JSON.stringify(scenario))
  await app.page.goto(`/${cli('link', path, '--t', String(t)).trim()}`)
  await expect(app.node(/^n1: /)).toBeVisible()
}

test('the Membership tab shows what each member thinks of each other, in words too', async ({
  app,
}, info) => {
  await openAt(app, info.outputPath('swim.json'), 12_000)
  await app.showPanel('Membership')
  const region = app.page.getByRole('region', { name: 'Membership matrix' })
  const summary = region.getByRole('list', { name: 'What the live members think' })
  // After the detection time, every live member has the crashed one dead.
  await expect(summary).toContainText('At 12.0 s: 12 members, 11 up')
  await expect(summary).toContainText('n7: 11 of 11 live members think it dead')
  const matrix = region.getByRole('img', { name: /^Membership matrix of 12 members/ })
  await expect(matrix).toBeVisible()

  // The keyboard walks the cells: row n3, column n7.
  await matrix.focus()
  for (const key of ['ArrowDown', 'ArrowDown', ...Array(6).fill('ArrowRight')]) {
    await matrix.press(key)
  }
  await expect(region).toContainText('n3 thinks n7 is dead (incarnation 0)')
  await matrix.press('ArrowUp')
  await expect(region).toContainText('n2 thinks n7 is dead (incarnation 0)')
  // n7's own row: it is down and holds no view.
  for (let i = 0; i < 5; i++) await matrix.press('ArrowDown')
  await expect(region).toContainText('n7 is down: it holds no view')

  // Before the crash, all is well.
  await app.seek(4000)
  await expect(summary).toContainText('At 4.000 s: 12 members, 12 up')
  await expect(summary).toContainText('Every live member thinks every other live member alive')
})

test('the Dissemination tab draws the run and the epidemic model, both curves', async ({
  app,
}, info) => {
  await openAt(app, info.outputPath('swim.json'), 12_000)
  await app.showPanel('Dissemination')
  const region = app.page.getByRole('region', { name: 'Dissemination' })
  await expect(
    region.getByRole('img', { name: /^Live members that know n7 failed\. At 12\.0 s: / }),
  ).toBeVisible()
  await expect(region).toContainText('n7 crashed at 5.000 s.')
  await expect(region).toContainText(/Every live member had it dead at 8\.\d+ s/)
  // Suspect-or-dead and dead, each as run (solid) and as model (dashed).
  for (const kind of ['swim-run', 'swim-model']) {
    const paths = region.locator(`path.${kind}`)
    await expect(paths).toHaveCount(2)
    for (const d of await paths.evaluateAll((els) => els.map((e) => e.getAttribute('d')))) {
      expect(d).toMatch(/^M[\d.]+,[\d.]+L/)
    }
  }
})

test('the Detection vs loss tab sweeps the loss rate without freezing the page', async ({
  app,
}, info) => {
  test.setTimeout(90_000)
  await openAt(app, info.outputPath('swim.json'), 1000)
  await app.showPanel('Detection vs loss')
  const region = app.page.getByRole('region', { name: 'Detection vs loss' })
  await region.getByRole('button', { name: 'Run the sweep' }).click()
  // The page answers while the worker runs.
  await app.showPanel('Membership')
  await expect(app.page.getByRole('region', { name: 'Membership matrix' })).toBeVisible()
  await app.showPanel('Detection vs loss')
  await expect(region.getByRole('status')).toHaveText('Done: 10 runs.', { timeout: 60_000 })
  const rows = region.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(6)
  // No false positives without loss.
  await expect(rows.nth(1)).toHaveText(/^0%[\d.]+ s0$/)
  await expect(
    region.getByRole('img', { name: /^False positives per member per minute: 0% 0, / }),
  ).toBeVisible()
  await expect(region.getByRole('img', { name: /^Detection time \(median\): 0% / })).toBeVisible()
})

test('push gossip brings only the Dissemination tab, with the rumour against the logistic', async ({
  app,
}, info) => {
  const gossip = { version: 1, protocol: 'gossip', nodes: 32, seed: 2, params: {}, inputs: [] }
  await openAt(app, info.outputPath('gossip.json'), 3000, gossip)
  await expect(app.page.getByRole('tab', { name: 'Membership' })).toHaveCount(0)
  await app.showPanel('Dissemination')
  const region = app.page.getByRole('region', { name: 'Dissemination' })
  await expect(region.getByRole('img', { name: /^Members that know version 1\./ })).toBeVisible()
  await expect(region).toContainText('Every member up knew it')
  await expect(region.locator('path.swim-run')).toHaveCount(1)
  await expect(region.locator('path.swim-model')).toHaveCount(1)
})
