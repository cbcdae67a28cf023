import { test, expect, type AppPage } from './fixtures'

/** Opens a gallery story and its Transactions tab; returns the tab's region and table. */
async function openTransactions(app: AppPage, story: RegExp) {
  await app.openPreset(story)
  await app.showPanel('Transactions')
  const region = app.page.getByRole('region', { name: 'Transactions' })
  const table = region.getByRole('table', { name: 'Each transaction at each node over time' })
  return { region, table }
}

test('a coordinator crash after prepare: every participant is shown blocked, then aborted', async ({
  app,
}) => {
  const { region, table } = await openTransactions(
    app,
    /^Open Coordinator crash after prepare: blocked/,
  )
  await expect(region).toContainText('1 transaction: 1 undecided.')
  await expect(region).toContainText('Blocked now: n2 (T1), n3 (T1), n4 (T1).')
  await expect(region.getByRole('list', { name: 'Colours' })).toContainText('blocked')
  const headers = table.getByRole('columnheader')
  await expect(headers).toHaveText(['Transaction', 'n1 decision', 'n2', 'n3', 'n4'])
  await expect(table.getByRole('rowheader')).toHaveAccessibleName(
    'T1 (x, y, z), begun at 0.123 s: undecided',
  )
  const cell = (name: string) => table.getByRole('cell', { name, exact: true })
  await expect(cell('n1: T1 voting 0.123–0.16 s, down from 0.16 s')).toBeVisible()
  await expect(cell('n2: T1 prepared 0.133–0.333 s, blocked from 0.333 s')).toBeVisible()
  await expect(cell('n3: T1 prepared 0.144–0.344 s, blocked from 0.344 s')).toBeVisible()
  await expect(cell('n4: T1 prepared 0.153–0.353 s, blocked from 0.353 s')).toBeVisible()
  // Blocked time is hatched in each participant's strip.
  await expect(table.locator('.txn-bar.blocked')).toHaveCount(3)

  // n1 comes back at 1.5 s; asked, it answers abort (presumed abort).
  await app.seek(2500)
  await expect(region).toContainText('1 transaction: 1 aborted.')
  await expect(
    cell('n2: T1 prepared 0.133–0.333 s, blocked 0.333–1.582 s, aborted from 1.582 s'),
  ).toBeVisible()
  await expect(
    cell(
      'n1: T1 voting 0.123–0.16 s, down 0.16–1.5 s, no record 1.5–1.71 s, abort logged from 1.71 s',
    ),
  ).toBeVisible()

  // A click on a bar takes the cursor to where that state began.
  await table.locator('.txn-bar.blocked').first().click()
  expect(await app.cursor()).toBe(333)
  await expect(cell('n2: T1 prepared 0.133–0.333 s, blocked from 0.333 s')).toBeVisible()
})

test('three-phase commit under a partition: the table shows the split outcome', async ({ app }) => {
  const { table } = await openTransactions(app, /^Open Three-phase commit under a partition/)
  await expect(table.getByRole('rowheader')).toHaveAccessibleName(
    'T1 (x, y, z), begun at 0.123 s: split',
  )
  const cells = table.getByRole('cell')
  await expect(cells.nth(0)).toHaveAccessibleName(/^n1: T1 .*commit logged from 0\.375 s$/)
  await expect(cells.nth(1)).toHaveAccessibleName(
    /^n2: T1 prepared .*pre-committed .*committed from/,
  )
  await expect(cells.nth(2)).toHaveAccessibleName(
    /^n3: T1 prepared .*pre-committed .*committed from/,
  )
  await expect(cells.nth(3)).toHaveAccessibleName(
    /^n4: T1 prepared 0\.153–0\.553 s, aborted from 0\.553 s$/,
  )
})
