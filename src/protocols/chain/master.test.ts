import { describe, expect, it } from 'vitest'
import { onDetect, onHeartbeat } from './master'
import { startContext } from './context'
import type { Heartbeat, MasterContext, Member } from './types'

const start = (over: Partial<MasterContext> = {}): MasterContext => ({
  ...(startContext({
    id: 'n4',
    peers: ['n1', 'n2', 'n3'],
    pingMs: 50,
    deadPings: 5,
    durable: null,
  }) as MasterContext),
  ...over,
})

const beat = (from: string, over: Partial<Heartbeat> = {}) => ({
  type: 'Heartbeat' as const,
  tick: 1,
  inc: 0,
  since: 1,
  held: 1,
  filled: true,
  last: 0,
  ...over,
  from,
})

const ids = (members: readonly Member[]) => members.map((m) => m.id)

/** The master after `ticks` detector ticks, hearing from `alive` at each. */
function run(m: MasterContext, ticks: number, alive: readonly string[]): MasterContext {
  let c = m
  for (let t = 0; t < ticks; t++) {
    for (const id of alive) c = onHeartbeat(c, beat(id)).context
    c = onDetect(c).context
  }
  return c
}

describe('the master', () => {
  it('takes a member out after deadPings silent ticks, under a new version, and says so', () => {
    const m = run(start(), 4, ['n1', 'n2'])
    expect(m).toMatchObject({ version: 1 })
    expect(ids(m.members)).toEqual(['n1', 'n2', 'n3'])
    const out = onDetect(onHeartbeat(onHeartbeat(m, beat('n1')).context, beat('n2')).context)
    expect(out.context.version).toBe(2)
    expect(ids(out.context.members)).toEqual(['n1', 'n2'])
    const pushed = out.effects.flatMap((e) => (e.type === 'send' ? [e.to] : []))
    expect(pushed).toEqual(['n1', 'n2', 'n3'])
  })

  it('never takes out the last member known to hold the data; it waits for it', () => {
    const m = run(start(), 3, ['n1', 'n2', 'n3'])
    const silent = run(m, 20, [])
    expect(ids(silent.members)).toEqual(['n1'])
  })

  it('treats a restarted member as failed, unless it is the last one with the data', () => {
    const m = run(start(), 1, ['n1', 'n2', 'n3'])
    const out = onHeartbeat(m, beat('n2', { inc: 1, since: 0, held: 1 })).context
    expect(out.version).toBe(2)
    expect(ids(out.members)).toEqual(['n1', 'n3'])
    // Alone, it comes back in place, from its disk.
    const alone = start({ members: [{ id: 'n1', inc: 0, since: 1 }] })
    const kept = onHeartbeat(alone, beat('n1', { inc: 1, since: 0, held: 1 })).context
    expect(kept.members).toEqual([{ id: 'n1', inc: 1, since: 2, kept: true }])
    expect(kept.filled['n1']).toBe(true)
  })

  it('ignores a delayed heartbeat from before a member restarted', () => {
    const m = start({ members: [{ id: 'n1', inc: 2, since: 3 }] })
    const out = onHeartbeat(m, beat('n1', { inc: 1 }))
    expect(out.context).toBe(m)
  })

  it('adds a server with no place as the new tail only once every member holds the data', () => {
    const members = [
      { id: 'n1', inc: 0, since: 1 },
      { id: 'n3', inc: 0, since: 1 },
    ]
    const m = start({ version: 2, members })
    // n3 has not said that it holds its history yet.
    const early = onHeartbeat(onHeartbeat(m, beat('n1')).context, beat('n2', { inc: 1 })).context
    expect(ids(early.members)).toEqual(['n1', 'n3'])
    const known = onHeartbeat(early, beat('n3')).context
    const joined = onHeartbeat(known, beat('n2', { inc: 1, since: 0 })).context
    expect(joined.version).toBe(3)
    expect(joined.members.at(-1)).toEqual({ id: 'n2', inc: 1, since: 3 })
    // A history from another place does not count as holding the data.
    const other = onHeartbeat(m, beat('n3', { since: 7 })).context
    expect(other.filled['n3']).toBe(false)
  })
})
