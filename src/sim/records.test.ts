import { describe, expect, it } from 'vitest'
import { withEntry, withoutEntry } from './records'

describe('records copied with a change', () => {
  it('sets a key in a new record, in place when it was there, leaving the old record as it was', () => {
    const before = { election: 1, heartbeat: 2 }
    const after = withEntry(before, 'election', 5)
    expect(Object.entries(after)).toEqual([
      ['election', 5],
      ['heartbeat', 2],
    ])
    expect(before).toEqual({ election: 1, heartbeat: 2 })
    expect(Object.keys(withEntry(after, 'ping', 6))).toEqual(['election', 'heartbeat', 'ping'])
  })

  it('removes a key in a new record, keeping the others in order', () => {
    const before = { a: 1, b: 2, c: 3 }
    expect(Object.entries(withoutEntry(before, 'b'))).toEqual([
      ['a', 1],
      ['c', 3],
    ])
    expect(withoutEntry(before, 'none')).toEqual(before)
    expect(before).toEqual({ a: 1, b: 2, c: 3 })
  })
})
