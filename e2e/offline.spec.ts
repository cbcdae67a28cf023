import { test, expect } from './fixtures'

test('after the first visit the app opens, and runs, without a network', async ({ app }) => {
  await app.open()
  // The service worker takes the page once it has cached the build.
  await app.page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active !== null && navigator.serviceWorker.controller !== null
  })
  await app.page.context().setOffline(true)
  await app.page.reload()
  await expect(app.node('n1: follower, term 0')).toBeVisible()
  const leader = await app.playUntilLeader()
  expect(leader).toMatch(/^n\d: leader, term \d+$/)
  await app.page.context().setOffline(false)
})
