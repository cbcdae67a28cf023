import { describe, expect, it } from 'vitest'
import { historyEntry } from '../test/history-entry'
import { layoutHistory, STEP_PX } from './history-layout'
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
    // The oldest drawn moves on BAR_CHUNK at a time: 101 - 40 = 61 rounds down to 60, the
    // 60th by invoke is put 59 (the get sorts in at 256), and the get is kept besides.
    expect(l.bars).toHaveLength(42)
    expect(l.bars.find((b) => b.id === 100)!.status).toBe('stuck')
    expect(Math.min(...l.bars.map((b) => b.id))).toBe(59)
    // It must stay in view: the bars are squeezed to the width, not shifted.
    expect(l.shift).toBe(0)
    expect(Math.max(...l.bars.map((b) => b.x2))).toBeCloseTo(296, 9)
  })

  it('keeps every bar in place as operations are added, shifting the group instead', () => {
    const ops = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        op({ value: String(i), invokedAt: i * 10, returnedAt: i * 10 + 5 }),
      )
    const before = layoutHistory(at(ops(45)), 300)
    const after = layoutHistory(at(ops(46)), 300)
    // 45 and 46 operations both draw from the 1st: (45 - 40) / 20 rounds down to 0.
    expect(after.bars.slice(0, 45)).toEqual(before.bars)
    // STEP_PX a moment: the newest moment (the 92nd) sits at the right edge, 300 - 4.
    expect(after.bars[45]!.x2 - after.bars[45]!.x1).toBe(STEP_PX)
    expect(after.shift).toBe(before.shift + 2 * STEP_PX)
    expect(after.bars[45]!.x2 - after.shift).toBe(296)
    // A short history is spread over the width.
    const short = layoutHistory(at(ops(3)), 300)
    expect(short.shift).toBe(0)
    expect(short.bars[2]!.x2).toBeCloseTo(296, 9)
  })
})
