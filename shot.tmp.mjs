import { chromium } from '@playwright/test'
const [,, url, out, w, h, scheme, actions = ''] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] })
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme })
const logs = []
page.on('console', m => { if (m.type()==='error'||m.type()==='warning') logs.push(m.type() + ': ' + m.text()) })
page.on('pageerror', e => logs.push('pageerror: ' + e.message))
await page.goto(url)
for (const a of actions.split(';').filter(Boolean)) {
  const [kind, ...rest] = a.split(':'); const arg = rest.join(':')
  if (kind === 'click') await page.getByRole('button', { name: arg, exact: true }).click()
  if (kind === 'node') await page.getByRole('button', { name: new RegExp('^' + arg) }).first().click()
  if (kind === 'wait') await page.waitForTimeout(+arg)
  if (kind === 'seek') await page.getByRole('slider', { name: 'Timeline' }).fill(arg)
  if (kind === 'speed') await page.getByLabel('Speed').selectOption(arg)
}
await page.screenshot({ path: out })
console.log(logs.join('\n'))
await browser.close()
