/**
 * Histories as large and as concurrent as Porcupine's 50-client test data: 2,000 operations
 * by about 50 clients at once. Each must be decided, on a step budget (the default clock)
 * so the verdict does not depend on the machine, well inside the default budget.
 */

import { describe, expect, it } from 'vitest'
import { checkHistory } from './check'
import { kvModel } from './kv-model'
import { verifyOrder } from './witness'
import { clientLoadHistory } from '../../test/checker-histories'
import { lateRead, storeHistory } from '../../test/checker-store-histories'
import type { KvInput, KvOutput } from './kv-model'
import type { Operation } from './types'

/** Thousands of steps: a fifth of the default budget. */
const BUDGET = 2000
/** Simulating 2,000 client operations takes seconds on a busy machine. */
const SLOW_MS = 120_000

const decide = (ops: Operation<KvInput, KvOutput>[]) =>
  checkHistory(ops, kvModel, { budget: BUDGET })

/** The verdict, and what is wrong with the order it gives (undefined: it replays). */
function witnessed(ops: Operation<KvInput, KvOutput>[]) {
  const { linearizable, order } = decide(ops)
  return { linearizable, replay: order && verifyOrder(ops, kvModel, order) }
}

describe('Raft with 50 clients, lossy links and a partition (the simulator)', () => {
  // Seeds whose histories the checker could not decide in this budget before its
  // partitions took turns and it dropped timed-out writes that nobody read.
  const load = { ops: 2000, clients: 50, lossRate: 0.05 }

  it('finds the stale reads of the stale-read variant', { timeout: SLOW_MS }, () => {
    const ops = clientLoadHistory({ ...load, seed: 3, staleRead: true })
    expect(ops.filter((op) => op.return === Infinity).length).toBeGreaterThan(50)
    const result = decide(ops)
    expect(result.linearizable).toBe(false)
    const stuck = result.explanation!.stuck.map((id) => ops[id]!)
    expect(stuck.some((op) => op.input.f === 'get')).toBe(true)
  })

  it('finds correct Raft linearizable, timed-out writes and all', { timeout: SLOW_MS }, () => {
    const ops = clientLoadHistory({ ...load, seed: 1, staleRead: false })
    expect(ops.filter((op) => op.return === Infinity).length).toBeGreaterThan(100)
    expect(witnessed(ops)).toEqual({ linearizable: true, replay: undefined })
  })
})

describe('an ideal store with 50 clients appending (values hundreds of characters long)', () => {
  it('decides a linearizable history', () => {
    const ops = storeHistory({ seed: 1, clients: 50, ops: 2000, violate: false })
    expect(witnessed(ops)).toEqual({ linearizable: true, replay: undefined })
  })

  it('finds the one impossible read', () => {
    const ops = storeHistory({ seed: 1, clients: 50, ops: 2000, violate: true })
    const result = decide(ops)
    expect(result.linearizable).toBe(false)
    const impossible = lateRead(ops)!
    expect(result.explanation!.key).toBe(impossible.input.key)
  })
})
