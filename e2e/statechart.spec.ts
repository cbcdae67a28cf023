import { test, expect } from './fixtures'

test('the inspector draws the node’s machine with its current state lit, as the cursor moves', async ({
  app,
}) => {
  await app.open('#lesson=raft-leader-election&step=2')
  await app.node(/^n1: /).click()
  const chart = app.page.getByRole('region', { name: 'State machine of n1' })
  const current = chart.getByRole('list', { name: 'States of n1' }).locator('[aria-current="true"]')
  await expect(current).toHaveText('follower')
  await expect(chart.getByRole('img')).toHaveAccessibleName(
    'States follower, candidate, leader; the node is in follower',
  )
  await expect(chart).toContainText('timer.election')
  await app.page
    .getByRole('region', { name: 'Lesson' })
    .getByRole('button', { name: 'Next step' })
    .click()
  await expect(current).toHaveText('candidate', { timeout: 10_000 })
  await app.seek(300)
  await expect(current).toHaveText('leader')
  await app.button('Crash').click()
  await expect(chart.getByRole('img')).toHaveAccessibleName(
    'States follower, candidate, leader; the node is down (crashed)',
  )
  await expect(current).toHaveCount(0)
})
