import { describe, expect, it } from 'vitest'
import { checkHistory } from './check'
import { fromSimHistory } from './from-sim'
import { kvModel } from './kv-model'
import { historyEntry } from '../../test/history-entry'
import { randomScenario } from '../random-scenario'
import { raft } from '../../protocols/raft'
import { runScenario, type HistoryEntry } from '../../sim/summary'
import type { Protocol } from '../../sim/protocol'

type Outcome = HistoryEntry['outcome']

function entry(
  op: string,
  key: string,
  value: string | null,
  invokedAt: number,
  returnedAt: number | null,
  outcome: Outcome,
  output: string | null = null,
): HistoryEntry {
  return historyEntry({
    op,
    key,
    value,
    invokedAt,
    returnedAt,
    outcome,
    output,
    ok: outcome === 'ok',
  })
}

/** A put that timed out, then a get that returned `read`. */
function timedOutPutThenGet(read: string) {
  const converted = fromSimHistory([
    entry('put', 'x', '1', 100, null, 'timeout'),
    entry('get', 'x', null, 900, 950, 'ok', read),
  ])
  return converted.ok ? converted.ops : []
}

describe('the simulator history as checker operations', () => {
  it('maps puts and gets; a get of a key never written reads ""', () => {
    const converted = fromSimHistory([
      entry('get', 'x', null, 100, 120, 'ok', null),
      entry('put', 'x', '1', 200, 250, 'ok'),
      entry('get', 'x', null, 300, 340, 'ok', '1'),
    ])
    expect(converted).toEqual({
      ok: true,
      ops: [
        {
          id: 0,
          client: 'c1',
          input: { f: 'get', key: 'x', value: null },
          output: '',
          call: 100,
          return: 120,
        },
        {
          id: 1,
          client: 'c1',
          input: { f: 'put', key: 'x', value: '1' },
          output: null,
          call: 200,
          return: 250,
        },
        {
          id: 2,
          client: 'c1',
          input: { f: 'get', key: 'x', value: null },
          output: '1',
          call: 300,
          return: 340,
        },
      ],
    })
  })

  it('gives timed-out and pending operations unknown outcomes', () => {
    const converted = fromSimHistory([
      entry('put', 'x', '1', 100, null, 'timeout'),
      entry('put', 'x', '2', 150, null, 'pending'),
    ])
    expect(converted.ok && converted.ops.map((op) => [op.output, op.return])).toEqual([
      [undefined, Infinity],
      [undefined, Infinity],
    ])
  })

  it('lets a timed-out put explain a later read, or not', () => {
    expect(checkHistory(timedOutPutThenGet('1'), kvModel).linearizable).toBe(true)
    expect(checkHistory(timedOutPutThenGet(''), kvModel).linearizable).toBe(true)
    expect(checkHistory(timedOutPutThenGet('2'), kvModel).linearizable).toBe(false)
  })

  it('refuses an operation the key-value model does not have', () => {
    expect(fromSimHistory([entry('cas', 'x', '1', 0, 1, 'ok')])).toEqual({
      ok: false,
      error: 'history[0].op: the key-value model has no "cas"',
    })
  })

  it('finds Raft runs under random faults linearizable', () => {
    let ops = 0
    let unknown = 0
    for (let seed = 1; seed <= 12; seed++) {
      const scenario = randomScenario(seed)
      const until = scenario.inputs.at(-1)!.at + 5000
      const summary = runScenario(scenario, raft as unknown as Protocol, until)
      const converted = fromSimHistory(summary.history)
      if (!converted.ok) throw new Error(converted.error)
      const result = checkHistory(converted.ops, kvModel)
      expect(result.linearizable, `seed ${seed}`).toBe(true)
      ops += converted.ops.length
      unknown += converted.ops.filter((op) => op.return === Infinity).length
    }
    expect(ops).toBeGreaterThan(300)
    expect(unknown).toBeGreaterThan(0)
  })
})
