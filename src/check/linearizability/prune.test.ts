import { describe, expect, it } from 'vitest'
import { checkHistory } from './check'
import { kvModel } from './kv-model'
import { registerModel } from './register-model'
import { U, append, get, history, put, read, write } from './test-ops'

const ids = (ops: readonly { id: number }[]) => ops.map((op) => op.id)

describe('operations with unknown outcomes that no linearization needs', () => {
  it('key-value: drops unknown gets, and unknown writes whose value no get read', () => {
    const ops = history(
      put('x', 'a', 0, U), // read below: kept
      append('x', 'b', 0, U), // read as part of "ab": kept
      put('x', 'c', 0, U), // never read: dropped
      get('x', 'zz', 0, U), // unknown get: dropped
      get('x', 'ab', 5, 6),
    )
    expect(ids(kvModel.prune!(ops))).toEqual([0, 1, 4])
  })

  it('register: drops unknown reads only', () => {
    const ops = history(write(1, 0, U), read(2, 0, U), read(1, 1, 2))
    expect(ids(registerModel.prune!(ops))).toEqual([0, 2])
  })

  it('keeps every verdict: a dropped write could only have been left out', () => {
    const refuted = history(put('x', 'a', 0, 1), put('x', 'c', 0, U), get('x', 'c2', 2, 3))
    expect(checkHistory(refuted, kvModel).linearizable).toBe(false)
    const kept = history(put('x', 'a', 0, 1), put('x', 'c', 0, U), get('x', 'c', 2, 3))
    expect(checkHistory(kept, kvModel).linearizable).toBe(true)
  })

  it('decides at once what unread timed-out writes made exponential', () => {
    // 40 writes that timed out and a read of none of them: without pruning, every subset
    // of the writes is a configuration to refute.
    const timedOut = Array.from({ length: 40 }, (_, i) => put('x', `v${i}`, i, U))
    const ops = history(...timedOut, put('x', 'a', 50, 51), get('x', 'b', 52, 53))
    const result = checkHistory(ops, kvModel, { budget: 5 })
    expect(result.linearizable).toBe(false)
    const unpruned = { ...kvModel, prune: undefined }
    expect(checkHistory(ops, unpruned, { budget: 5 }).linearizable).toBe('unknown')
  })
})
