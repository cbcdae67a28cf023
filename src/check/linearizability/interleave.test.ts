import { describe, expect, it } from 'vitest'
import { checkHistory } from './check'
import { kvModel } from './kv-model'
import { append, get, history, put, type KvSpec } from './test-ops'

/**
 * Key "a" is linearizable but hard: n appends run side by side, and a later get reads
 * them in the reverse of the order the search tries first, so it tries the others first.
 */
function hardKey(n: number): KvSpec[] {
  const appends = Array.from({ length: n }, (_, i) => append('a', String(i), i, 1000))
  const reversed = Array.from({ length: n }, (_, i) => String(n - 1 - i)).join('')
  return [...appends, get('a', reversed, 1001, 1002)]
}

/** Key "b" fails at once: a get reads a value nobody wrote. */
const failingKey: KvSpec[] = [put('b', '1', 0, 1), get('b', '2', 2, 3)]

describe('partitions take turns', () => {
  it('finds a failing key behind a hard one within a small step budget', () => {
    // Alone, key "a" needs far more than 20 thousand steps (the budget below).
    const alone = checkHistory(history(...hardKey(9)), kvModel, { budget: 20 })
    expect(alone.linearizable).toBe('unknown')
    const result = checkHistory(history(...hardKey(9), ...failingKey), kvModel, { budget: 20 })
    expect(result.linearizable).toBe(false)
    expect(result.explanation).toEqual({ key: 'b', longestPrefix: [10], stuck: [11] })
  })

  it('still decides the hard key given the steps, and orders keys as they sort', () => {
    const ops = history(put('b', '1', 0, 1), ...hardKey(6), get('b', '1', 2, 3))
    const result = checkHistory(ops, kvModel)
    expect(result.linearizable).toBe(true)
    expect(result.order!.map((o) => o.key)).toEqual(['a', 'b'])
    expect(result.order![0]!.ids).toEqual([6, 5, 4, 3, 2, 1, 7])
  })
})
