import { describe, expect, it } from 'vitest'
import { checkRunHistory, LINEARIZABILITY } from './history-check'
import { historyEntry } from '../../test/history-entry'
import type { HistoryEntry } from '../../sim/summary'

function entry(
  op: 'get' | 'put',
  value: string | null,
  invokedAt: number,
  returnedAt: number | null,
  output: string | null = null,
): HistoryEntry {
  const outcome = returnedAt === null ? 'timeout' : 'ok'
  return historyEntry({ op, value, invokedAt, returnedAt, output, outcome, ok: outcome === 'ok' })
}

describe("checking a run's client history", () => {
  it('finds nothing wrong with a read of the last finished write', () => {
    expect(
      checkRunHistory([entry('put', '1', 0, 10), entry('get', null, 20, 30, '1')], 100),
    ).toBeNull()
  })

  it('accepts a read of a write whose outcome is unknown', () => {
    expect(
      checkRunHistory([entry('put', '1', 0, null), entry('get', null, 20, 30, '1')], 100),
    ).toBeNull()
  })

  it('reports a stale read, at the time the read returned', () => {
    const history = [
      entry('put', '1', 0, 10),
      entry('put', '2', 20, 30),
      entry('get', null, 40, 55, '1'),
    ]
    expect(checkRunHistory(history, 100)).toEqual({
      kind: 'linearizability',
      invariant: LINEARIZABILITY,
      at: 55,
      message: expect.stringContaining('get "x" → "1"'),
    })
  })
})
