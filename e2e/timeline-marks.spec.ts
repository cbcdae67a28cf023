import { test, expect } from './fixtures'
import { buildFragment } from '../src/scenario/codec'

/**
 * The marks under the timeline go as far as the run has been seen, as the charts do: not
 * as far as it happens to be simulated ahead of the cursor.
 */

const scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 1,
  params: {},
  inputs: [
    { at: 800, type: 'crash', node: 'n2' },
    { at: 6000, type: 'restart', node: 'n2' },
  ],
}

test('a fault is marked once the cursor has reached it, and stays marked', async ({ app }) => {
  await app.open(`#${buildFragment({ scenario: scenario as never, t: 0 })}`)
  const faults = app.page.locator('.markers .marker-fault')
  // A paused cursor has the run simulated up to two seconds ahead: past the crash, not seen.
  await app.seek(500)
  // Time for the lookahead, which runs between tasks, then a move that draws the bar again.
  await app.page.waitForTimeout(300)
  await app.seek(600)
  await expect(faults).toHaveCount(0)
  await app.seek(1000)
  await expect(faults).toHaveCount(1)
  await expect(faults.locator('title')).toHaveText(/^0\.800 s: crash$/)
  // Seen stays seen: going back keeps the mark, and the restart is still ahead.
  await app.seek(500)
  await expect(faults).toHaveCount(1)
  await app.seek(6000)
  await expect(faults).toHaveCount(2)
})
