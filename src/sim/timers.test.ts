import { describe, expect, it } from 'vitest'
import { withTimer, withoutTimer } from './timers'

describe('timer records', () => {
  it('arms a timer as a new record, re-arming in place and leaving the old one as it was', () => {
    const before = { election: 1, heartbeat: 2 }
    const after = withTimer(before, 'election', 5)
    expect(Object.entries(after)).toEqual([
      ['election', 5],
      ['heartbeat', 2],
    ])
    expect(before).toEqual({ election: 1, heartbeat: 2 })
    expect(Object.keys(withTimer(after, 'ping', 6))).toEqual(['election', 'heartbeat', 'ping'])
  })

  it('disarms a timer as a new record, keeping the others in order', () => {
    const before = { a: 1, b: 2, c: 3 }
    expect(Object.entries(withoutTimer(before, 'b'))).toEqual([
      ['a', 1],
      ['c', 3],
    ])
    expect(withoutTimer(before, 'none')).toEqual(before)
    expect(before).toEqual({ a: 1, b: 2, c: 3 })
  })
})
