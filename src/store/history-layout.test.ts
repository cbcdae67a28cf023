import { describe, expect, it } from 'vitest'
import { historyEntry } from '../test/history-entry'
import { layoutHistory } from './history-layout'
import { checkClientHistory } from '../check/client-history'
import type { HistoryEntry } from '../sim/summary'

const op = historyEntry

const at = (history: HistoryEntry[]) => ({ history, check: checkClientHistory(history) })

describe('the history layout', () => {
  it('puts overlapping operations of a key on separate rows, and keys in bands', () => {
    const l = layoutHistory(
      at([
        op({}),
        op({ value: '2', invokedAt: 5, returnedAt: 20 }),
        op({ key: 'y', invokedAt: 30, returnedAt: 40 }),
        op({ op: 'get', value: null, output: '2', invokedAt: 25, returnedAt: 35 }),
      ]),
      300,
    )
    expect(l.bars.map((b) => [b.id, b.row])).toEqual([
      [0, 0],
      [1, 1],
      [3, 0],
      [2, 2],
    ])
    expect(l.keys).toEqual([
      { key: 'x', row: 0, rows: 2 },
      { key: 'y', row: 2, rows: 1 },
    ])
    expect(l.bars.every((b) => b.status === 'ordered' && b.place !== null)).toBe(true)
  })

  it('marks the operation that cannot be placed, and an open one runs to the cursor', () => {
    const l = layoutHistory(
      at([
        op({}),
        op({ value: '2', invokedAt: 20, returnedAt: 30 }),
        op({ op: 'get', value: null, output: '1', invokedAt: 40, returnedAt: 50 }),
        op({ value: '3', invokedAt: 45, returnedAt: null, ok: false, outcome: 'pending' }),
      ]),
      304,
    )
    const byId = new Map(l.bars.map((b) => [b.id, b]))
    expect(byId.get(2)!.status).toBe('stuck')
    expect(byId.get(0)!.status).toBe('prefix')
    expect(byId.get(3)).toMatchObject({ open: true, x2: 300 })
    // By rank: put 1 spans one step of the eight moments: (304 - 28 - 4) / 7.
    expect(byId.get(0)!.x2 - byId.get(0)!.x1).toBeCloseTo(272 / 7, 9)
  })

  it('draws the latest operations of a long history, and keeps the one that cannot be placed', () => {
    const long = Array.from({ length: 100 }, (_, i) =>
      op({ value: String(i), invokedAt: i * 10, returnedAt: i * 10 + 5, client: `c${i}` }),
    )
    long.push(op({ op: 'get', value: null, output: '3', invokedAt: 256, returnedAt: 258 }))
    const l = layoutHistory(at(long), 300)
    expect(l.total).toBe(101)
    expect(l.bars).toHaveLength(41)
    expect(l.bars.find((b) => b.id === 100)!.status).toBe('stuck')
    expect(Math.min(...l.bars.map((b) => b.id))).toBe(60)
  })
})
