import { test, expect, type AppPage } from './fixtures'

async function openPreset(app: AppPage, title: RegExp) {
  await app.open()
  await app.button('Gallery').click()
  await app.page
    .getByRole('dialog', { name: 'Gallery' })
    .getByRole('button', { name: title })
    .click()
}

test('a broken variant shows its violation: marker, red nodes and a plain explanation', async ({
  app,
}) => {
  await openPreset(app, /^Open Broken: a node votes twice/)
  const checks = app.page.getByRole('region', { name: 'Checks' })
  await expect(checks).toContainText('Broken on purpose')
  await expect(checks).toContainText(
    /Election Safety\. n\d and n\d are both leaders of term \d+: .+/,
  )
  await expect(app.leaders()).toHaveCount(2)
  await expect(app.page.locator('.cg-node.violated')).toHaveCount(2)
  await expect(app.page.locator('.marker-violation').first()).toBeAttached()
  // Going back before it, the checks say all is well again.
  await app.seek(0)
  await expect(checks).toContainText('Every safety property holds so far')
})

test('the history view shows a stale read that no order explains', async ({ app }) => {
  await openPreset(app, /^Open Broken: the leader answers reads/)
  const checks = app.page.getByRole('region', { name: 'Checks' })
  await expect(checks).toContainText('Every safety property holds so far')
  await expect(checks).toContainText('The client history is not linearizable')
  await app.showPanel('History')
  const history = app.page.getByRole('region', { name: 'History' })
  const stuck = history.getByRole('button', { name: /cannot be placed/ })
  await expect(stuck).toHaveCount(1)
  await expect(stuck).toHaveAccessibleName(/^get x → /)
  await expect(
    history.getByRole('button', { name: /in the longest ordering found/ }).first(),
  ).toBeAttached()
})

test('the explorer finds a broken variant in a worker, shrinks it, and opens it', async ({
  app,
}) => {
  await app.open()
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Protocol').selectOption('vote-twice')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('button', { name: 'Open the failing run' })).toBeVisible({
    timeout: 25_000,
  })
  const summary = await dialog.getByRole('status').textContent()
  const inputs = Number(/to (\d+), after/.exec(summary!)![1])
  expect(inputs).toBeLessThanOrEqual(12)
  await dialog.getByRole('button', { name: 'Open the failing run' }).click()
  await expect(app.page.getByLabel('Branch')).toContainText('explorer, seed')
  await expect(app.page.getByRole('region', { name: 'Checks' })).toContainText(/✗/)
})

test('exploring the correct protocol can be cancelled, and the page stays live', async ({
  app,
}) => {
  await app.open()
  await app.button('Explore').click()
  const dialog = app.page.getByRole('dialog', { name: 'Explore' })
  await dialog.getByLabel('Seeds').fill('100000')
  await dialog.getByRole('button', { name: 'Start' }).click()
  await expect(dialog.getByRole('progressbar', { name: 'Exploring' })).toBeVisible()
  await expect
    .poll(async () => Number(await dialog.getByRole('progressbar').getAttribute('value')))
    .toBeGreaterThan(0)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog.getByRole('status')).toContainText(/Cancelled after \d+ runs?\./)
})
