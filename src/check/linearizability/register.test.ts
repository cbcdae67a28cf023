import { describe, expect, it } from 'vitest'
import { checkHistory } from './check'
import { registerModel } from './register-model'
import { U, cas, history, read, write, type RegisterSpec } from './test-ops'

const check = (...ops: RegisterSpec[]) => checkHistory(history(...ops), registerModel)

/** The linearization order of a linearizable register history. */
function orderOf(...ops: RegisterSpec[]): readonly number[] {
  const result = check(...ops)
  expect(result.linearizable).toBe(true)
  return result.order![0]!.ids
}

describe('register: sequential histories', () => {
  it('accepts the empty history', () => {
    expect(check()).toMatchObject({ linearizable: true, order: [] })
  })

  it('accepts reads of what was last written, and nil before any write', () => {
    const order = orderOf(
      read(null, 0, 1),
      write(1, 2, 3),
      read(1, 4, 5),
      write(2, 6, 7),
      read(2, 8, 9),
    )
    expect(order).toEqual([0, 1, 2, 3, 4])
  })

  it('rejects a read of a value never written, and explains where it got stuck', () => {
    const result = check(write(1, 0, 1), read(1, 2, 3), read(2, 4, 5))
    expect(result.linearizable).toBe(false)
    expect(result.explanation).toEqual({ key: 'register', longestPrefix: [0, 1], stuck: [2] })
  })

  it('rejects a stale read: a read after a newer write returned', () => {
    expect(check(write(1, 0, 1), write(2, 2, 3), read(1, 4, 5)).linearizable).toBe(false)
  })
})

describe('register: concurrency', () => {
  it('orders overlapping writes either way, as a later read requires', () => {
    expect(orderOf(write(1, 0, 10), write(2, 1, 11), read(1, 12, 13))).toEqual([1, 0, 2])
    expect(orderOf(write(1, 0, 10), write(2, 1, 11), read(2, 12, 13))).toEqual([0, 1, 2])
  })

  it('lets a read overlapping a write see the old or the new value, but not flip back', () => {
    expect(check(write(1, 0, 1), write(2, 2, 10), read(1, 3, 4)).linearizable).toBe(true)
    expect(check(write(1, 0, 1), write(2, 2, 10), read(2, 3, 4)).linearizable).toBe(true)
    const flip = check(write(1, 0, 1), write(2, 2, 10), read(2, 3, 4), read(1, 5, 6))
    expect(flip.linearizable).toBe(false)
  })

  it('counts an operation invoked as another returns as concurrent with it', () => {
    expect(orderOf(write(1, 0, 5), read(null, 5, 6))).toEqual([1, 0])
  })
})

describe('register: compare-and-set', () => {
  it('accepts a cas that swapped the value it expected', () => {
    expect(orderOf(write(1, 0, 1), cas(1, 2, true, 2, 3), read(2, 4, 5))).toEqual([0, 1, 2])
  })

  it('rejects a cas that claims to have swapped a value that was not there', () => {
    expect(check(write(3, 0, 1), cas(1, 2, true, 2, 3)).linearizable).toBe(false)
  })

  it('accepts a failed cas only when the value differed', () => {
    expect(check(write(3, 0, 1), cas(1, 2, false, 2, 3), read(3, 4, 5)).linearizable).toBe(true)
    expect(check(write(1, 0, 1), cas(1, 2, false, 2, 3)).linearizable).toBe(false)
  })
})

describe('register: operations with unknown outcomes', () => {
  it('lets an unknown write take effect when a later read needs it', () => {
    expect(check(write(1, 0, 1), write(2, 2, U), read(2, 5, 6)).linearizable).toBe(true)
  })

  it('lets an unknown write never take effect', () => {
    const order = orderOf(write(1, 0, 1), write(2, 2, U), read(1, 5, 6))
    expect(order.indexOf(1) === -1 || order.indexOf(1) > order.indexOf(2)).toBe(true)
  })

  it('lets an unknown write take effect between two reads, late', () => {
    expect(check(write(1, 0, 1), write(2, 2, U), read(1, 3, 4), read(2, 5, 6)).linearizable).toBe(
      true,
    )
  })

  it('never lets an unknown write take effect before its invocation, or twice', () => {
    expect(check(read(2, 0, 1), write(2, 2, U)).linearizable).toBe(false)
    const twice = check(write(2, 0, U), read(2, 1, 2), write(1, 3, 4), read(2, 5, 6))
    expect(twice.linearizable).toBe(false)
  })

  it('lets an unknown cas take effect only where the value matched', () => {
    expect(check(write(1, 0, 1), cas(1, 2, true, 2, U), read(2, 3, 4)).linearizable).toBe(true)
    expect(check(write(3, 0, 1), cas(1, 2, true, 2, U), read(2, 3, 4)).linearizable).toBe(false)
  })

  it('takes a read with an unknown outcome as always legal', () => {
    expect(check(write(1, 0, 1), read(7, 2, U), read(1, 3, 4)).linearizable).toBe(true)
  })

  it('remembers which unknown operations a path has used up', () => {
    // Reaching "5" through the unknown write leaves only the cas, which cannot help the
    // last read; reaching it through the cas leaves the write, which can.
    const ops = [
      write(0, 0, 1),
      write(5, 2, U),
      cas(0, 5, true, 3, U),
      read(5, 4, 5),
      write(3, 6, 7),
      read(5, 8, 9),
    ]
    expect(orderOf(...ops)).toEqual([0, 2, 3, 4, 1, 5])
  })
})
