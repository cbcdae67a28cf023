import { describe, expect, it } from 'vitest'
import { checkHistory } from './check'
import { stepClock } from './clock'
import { registerModel } from './register-model'
import { history, read, write } from './test-ops'

/**
 * Hard for the search: n concurrent writes and a concurrent read of a value none of them
 * wrote. Every subset of the writes, with every last writer, is a distinct configuration,
 * so refuting it takes about n·2ⁿ steps.
 */
function hard(n: number, readValue: number) {
  const writes = Array.from({ length: n }, (_, i) => write(i + 1, i, 1000))
  return history(...writes, read(readValue, n, 1000))
}

const wallClock = () => performance.now()

/** A clock that advances 1 each time it is read, so budgets are exact and repeatable. */
const tickingClock = stepClock

describe('the time budget', () => {
  it("answers 'unknown' when a tiny budget runs out, on a fake clock", () => {
    const result = checkHistory(hard(24, 99), registerModel, { budget: 5, clock: tickingClock() })
    expect(result.linearizable).toBe('unknown')
    expect(result.elapsed).toBeGreaterThan(5)
    expect(result.order).toBeUndefined()
    expect(result.explanation).toBeUndefined()
  })

  it("answers 'unknown' promptly on the wall clock", () => {
    const result = checkHistory(hard(24, 99), registerModel, { budget: 20, clock: wallClock })
    expect(result.linearizable).toBe('unknown')
    expect(result.elapsed).toBeGreaterThanOrEqual(20)
    expect(result.elapsed).toBeLessThan(1000)
  })

  it('never gives a wrong verdict, whatever the budget', () => {
    const refutable = hard(10, 99)
    const linearizable = hard(10, 7)
    const seen = new Set<string>()
    for (let budget = 0; budget <= 100; budget += 4) {
      const no = checkHistory(refutable, registerModel, { budget, clock: tickingClock() })
      const yes = checkHistory(linearizable, registerModel, { budget, clock: tickingClock() })
      expect(['unknown', false]).toContain(no.linearizable)
      expect(['unknown', true]).toContain(yes.linearizable)
      seen.add(String(no.linearizable))
    }
    // The budgets span both outcomes: too short to refute, then long enough.
    expect(seen).toEqual(new Set(['unknown', 'false']))
  })
})
