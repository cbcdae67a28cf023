import { expect, test } from './fixtures'

// Each test reloads or re-renders the whole page more than once.
test.slow()

test('picks Deutsch, keeps it across a reload, and goes back to English', async ({ app, page }) => {
  await app.open()
  await app.seek(1500)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')

  // The playback button's accessible name, and the panels around it, are German now.
  await expect(page.getByRole('button', { name: 'Abspielen', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0)
  await expect(page.getByRole('slider', { name: 'Zeitleiste' })).toHaveValue('1500')
  await expect(page.getByRole('region', { name: 'Raum-Zeit-Diagramm' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Ereignisprotokoll' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Prüfungen' })).toBeVisible()
  await expect(page.getByRole('toolbar', { name: 'Wiedergabe' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Teilen', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  // The page re-rendered around the picker, and handed focus back to it.
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toBeFocused()

  await page.reload()
  await expect(page.getByRole('button', { name: 'Abspielen', exact: true })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')

  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en')
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Space-time diagram' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('in German the top bar keeps one row at 1440 px, and Share opens inside the page', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await app.open()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
  await expect(page.getByRole('button', { name: 'Rückgängig', exact: true })).toBeVisible()
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(50)
  await page.getByRole('button', { name: 'Teilen', exact: true }).click()
  const popover = page.getByRole('group', { name: 'Diesen Lauf teilen' })
  await expect(popover).toBeInViewport({ ratio: 1 })
})

test('in German the top bar keeps one row at 1024 px too', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await app.open()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
  await expect(page.getByRole('button', { name: 'Lektionen', exact: true })).toBeVisible()
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(50)
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toBeInViewport({ ratio: 1 })
})

test('a node menu and a dialog speak German too', async ({ app, page }) => {
  await app.open()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
  await app.node(/^n1: /).click()
  await expect(page.getByRole('button', { name: 'Absturz', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Isolieren', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Parameter', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Parameter' })
  await expect(dialog.getByRole('spinbutton', { name: 'Heartbeat (ms)' })).toBeVisible()
  await expect(dialog.getByRole('spinbutton', { name: 'Latenz min (ms)' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toHaveCount(0)
})

test("in German the graph's Cut button and the Import trace dialog are German", async ({
  app,
  page,
}) => {
  await app.open()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
  const tools = page.getByRole('group', { name: 'Graphansicht' })
  await tools.getByRole('button', { name: 'Schneiden', exact: true }).click()
  await expect(tools.getByRole('button', { name: 'Schneiden', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('button', { name: 'Cut', exact: true })).toHaveCount(0)

  const diagram = page.getByRole('region', { name: 'Raum-Zeit-Diagramm' })
  await diagram.getByRole('button', { name: 'Trace importieren', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Trace importieren' })
  await expect(dialog.getByLabel('Trace-Datei')).toBeVisible()
  await expect(dialog.getByLabel('Log-Muster')).toHaveAccessibleDescription(/^Nur für ShiViz-Logs/)
  // Submitting without a file says so, in German.
  await dialog.getByRole('button', { name: 'Importieren', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Wähle zuerst eine Trace-Datei.')
  await dialog.getByRole('button', { name: 'Abbrechen', exact: true }).click()
  await expect(dialog).toHaveCount(0)
})
