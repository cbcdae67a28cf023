import { describe, expect, it } from 'vitest'
import { checkHistory } from './check'
import { kvModel, type KvInput, type KvState } from './kv-model'
import { U, append, get, history, put, type KvSpec } from './test-ops'

const check = (...ops: KvSpec[]) => checkHistory(history(...ops), kvModel)

describe('key-value: append, put and get', () => {
  it('starts every key as the empty string', () => {
    expect(check(get('x', '', 0, 1)).linearizable).toBe(true)
    expect(check(get('x', 'a', 0, 1)).linearizable).toBe(false)
  })

  it('appends in order, and put replaces the value', () => {
    const ops = [append('x', 'a', 0, 1), append('x', 'b', 2, 3)]
    expect(check(...ops, get('x', 'ab', 4, 5)).linearizable).toBe(true)
    expect(check(...ops, get('x', 'ba', 4, 5)).linearizable).toBe(false)
    expect(
      check(...ops, put('x', 'z', 6, 7), append('x', 'c', 8, 9), get('x', 'zc', 10, 11)),
    ).toMatchObject({ linearizable: true })
  })

  it('orders concurrent appends either way, but the same way for every reader', () => {
    const ops = [append('x', 'a', 0, 10), append('x', 'b', 1, 11)]
    expect(check(...ops, get('x', 'ba', 12, 13)).linearizable).toBe(true)
    expect(check(...ops, get('x', 'ab', 12, 13)).linearizable).toBe(true)
    expect(check(...ops, get('x', 'ab', 12, 13), get('x', 'ba', 14, 15)).linearizable).toBe(false)
  })

  it('lets an unknown append take effect once, or never', () => {
    expect(check(append('x', 'a', 0, U), get('x', 'a', 1, 2)).linearizable).toBe(true)
    expect(check(append('x', 'a', 0, U), get('x', '', 1, 2)).linearizable).toBe(true)
    expect(check(append('x', 'a', 0, U), get('x', 'aa', 1, 2)).linearizable).toBe(false)
  })
})

describe('key-value: keys are independent', () => {
  it('checks each key on its own, and gives one order per key, keys sorted', () => {
    const result = check(
      put('y', '1', 0, 1),
      put('x', '2', 2, 3),
      get('y', '1', 4, 5),
      get('x', '2', 6, 7),
    )
    expect(result).toMatchObject({
      linearizable: true,
      order: [
        { key: 'x', ids: [1, 3] },
        { key: 'y', ids: [0, 2] },
      ],
    })
  })

  it('does not let a write to one key satisfy a read of another', () => {
    const result = check(put('x', '1', 0, 1), get('y', '1', 2, 3))
    expect(result.linearizable).toBe(false)
    expect(result.explanation).toEqual({ key: 'y', longestPrefix: [], stuck: [1] })
  })

  it('is not confused by keys that look like object properties', () => {
    const result = check(
      put('__proto__', 'a', 0, 1),
      get('__proto__', 'a', 2, 3),
      get('constructor', '', 4, 5),
    )
    expect(result.linearizable).toBe(true)
  })
})

const step = (state: KvState, input: KvInput) => kvModel.step(state, input, null).state
const putOf = (value: string): KvInput => ({ f: 'put', key: 'x', value })
const appendOf = (value: string): KvInput => ({ f: 'append', key: 'x', value })

describe('key-value states', () => {
  it('are equal, and hash alike, however the same value was reached', () => {
    // The search memoises on (operations placed, state): one value reached by two routes
    // must be one state, or the same work is done twice.
    const viaPut = step(kvModel.init(), putOf('abc'))
    const viaAppends = step(step(step(kvModel.init(), appendOf('a')), appendOf('')), appendOf('bc'))
    const viaBoth = step(step(kvModel.init(), putOf('ab')), appendOf('c'))
    for (const other of [viaAppends, viaBoth]) {
      expect(kvModel.equal(viaPut, other)).toBe(true)
      expect(kvModel.hash(viaPut)).toBe(kvModel.hash(other))
    }
    const different = step(kvModel.init(), putOf('acb'))
    expect(kvModel.equal(viaPut, different)).toBe(false)
    expect(kvModel.hash(viaPut)).not.toBe(kvModel.hash(different))
  })
})
