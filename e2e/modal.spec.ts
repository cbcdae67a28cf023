import { test, expect } from './fixtures'

test('a dialog leaves the page behind it inert: only the dialog’s controls are there', async ({
  app,
}) => {
  await app.open()
  await app.page.getByRole('button', { name: 'Import trace' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Import trace' })
  await expect(dialog).toBeVisible()
  // One Import button, the dialog's; the page's own (scenario files) is out of reach.
  await expect(app.page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(1)
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(1)
  await expect(app.node(/^n1: /)).toHaveCount(0)
  await app.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(app.node(/^n1: /)).toHaveCount(1)
  await expect(app.page.getByRole('button', { name: 'Import trace' })).toBeFocused()
})

test('the node menu is named for what it does, not after the node it acts on', async ({ app }) => {
  await app.open()
  await app.node(/^n2: /).click()
  const panel = app.page.getByRole('region', { name: 'Actions for n2' })
  await expect(panel).toContainText('follower, term 0')
  await expect(app.page.getByRole('heading', { name: /^n2: / })).toHaveCount(0)
  await panel.getByRole('button', { name: 'Crash' }).click()
  await expect(panel).toContainText('crashed')
  await expect(app.node('n2: crashed')).toHaveCount(1)
})
