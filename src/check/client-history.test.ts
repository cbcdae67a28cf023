import { describe, expect, it } from 'vitest'
import { historyEntry } from '../test/history-entry'
import { checkClientHistory, withLinearizability } from './client-history'
import { runScenario } from '../sim/summary'
import { protocolLookup } from '../protocols/registry'
import { DESIGN_EXAMPLE } from '../test/design-example'

const op = historyEntry

describe('checking the simulator’s client history', () => {
  it('has nothing to say about an empty history', () => {
    expect(checkClientHistory([])).toBeNull()
    const quiet = runScenario({ ...DESIGN_EXAMPLE, inputs: [] }, protocolLookup.get('raft')!, 1000)
    expect(withLinearizability(quiet).linearizable).toBeNull()
  })

  it('finds a read of an overwritten value after the write finished', () => {
    const stale = [
      op({}),
      op({ value: '2', invokedAt: 20, returnedAt: 30, client: 'c2' }),
      op({ op: 'get', value: null, output: '1', invokedAt: 40, returnedAt: 50, client: 'c3' }),
    ]
    const checked = checkClientHistory(stale)!
    expect(checked.result.linearizable).toBe(false)
    expect(checked.result.explanation?.stuck).toEqual([2])
  })

  it('a timed-out write may have happened: the read of it is fine', () => {
    const history = [
      op({ returnedAt: null, ok: false, outcome: 'timeout' }),
      op({ op: 'get', value: null, output: '1', invokedAt: 40, returnedAt: 50, client: 'c3' }),
    ]
    expect(checkClientHistory(history)!.result.linearizable).toBe(true)
  })

  it('fills in the run summary', () => {
    const run = runScenario(DESIGN_EXAMPLE, protocolLookup.get('raft')!, 4000)
    expect(run.linearizable).toBeNull()
    expect(withLinearizability(run).linearizable).toBe(true)
  })
})
