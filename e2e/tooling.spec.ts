import { expect, test } from '@playwright/test'

test('app loads with its title and no console errors', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`console.${msg.type()}: ${msg.text()}`)
  })
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`)
  })
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`))

  await page.goto('/')
  await page.waitForLoadState('networkidle')
  await expect(page).toHaveTitle('Clusterscope')
  await expect(page.locator('#root')).not.toBeEmpty()
  expect(problems).toEqual([])
})
