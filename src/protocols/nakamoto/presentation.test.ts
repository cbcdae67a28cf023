import { describe, expect, it } from 'vitest'
import { nakamotoRun } from './test-run'
import { inspectCrashedMiner, inspectMiner } from './inspect'
import { describeNakamotoMessage } from './messages'
import { durableOf } from './context'

const run = () =>
  nakamotoRun({ seed: 2, params: { blockIntervalMs: 400, latencyMs: [20, 60] }, untilMs: 4000 })

describe('a miner in the inspector', () => {
  it('lists its chain newest first, those with fewer than k blocks on top not settled', () => {
    const r = run()
    const c = r.miner('n3')!
    const { tables, state } = inspectMiner('n3', { value: 'mining', context: c })
    expect(state).toContainEqual({ label: 'Height', value: String(c.height) })
    expect(state).toContainEqual({ label: 'Tip', value: c.tip })
    const [chain] = tables
    expect(chain!.label).toBe('Chain of n3')
    expect(chain!.rows[0]!.cells.slice(0, 2)).toEqual([String(c.height), c.tip])
    expect(chain!.rows.map((row) => row.done).slice(0, 4)).toEqual([false, false, false, true])
  })

  it('shows a crashed miner’s kept chain', () => {
    const c = run().miner('n1')!
    const { tables } = inspectCrashedMiner('n1', durableOf(c))
    expect(tables[0]!.rows).toHaveLength(Math.min(30, c.height + 1))
  })
})

describe('the event log’s words for Nakamoto messages', () => {
  it('says who sends which block, and what is asked for', () => {
    const block = { id: 'n2.5', parent: 'n4.3', height: 6, miner: 'n2', minedAt: 0, txs: [] }
    expect(describeNakamotoMessage('n2', 'n1', { type: 'Block', block } as never)).toBe(
      'n2 sends n1 its block n2.5 (height 6, on n4.3)',
    )
    expect(describeNakamotoMessage('n3', 'n1', { type: 'Block', block } as never)).toBe(
      'n3 sends n1 block n2.5 (height 6, on n4.3)',
    )
    expect(describeNakamotoMessage('n1', 'n3', { type: 'GetBlock', id: 'n4.3' } as never)).toBe(
      'n1 asks n3 for block n4.3, which it lacks',
    )
  })
})
