import { describe, expect, it } from 'vitest'
import { createChainInvariants, prefixBreak } from './invariants'
import { startContext } from './context'
import { nodeIds } from '../../scenario/types'
import type { ClientOp } from '../../sim/world'
import type { ChainContext, Member, ServerContext, Update } from './types'

const update = (seq: number, client: string, key = 'x'): Update => ({
  seq,
  version: 1,
  command: { op: 'put', key, value: String(seq), client, seq: 1 },
})

const u1 = update(1, 'c1')
const u2 = update(2, 'c2')
const u3 = update(3, 'c3')

const peersOf = (id: string) => nodeIds(4).filter((n) => n !== id)

function server(id: string, hist: readonly Update[], over: Partial<ServerContext> = {}) {
  const start = startContext({ id, peers: peersOf(id), pingMs: 50, deadPings: 5, durable: null })
  return { ...(start as ServerContext), hist, ...over } as ChainContext
}

function master(members: readonly Member[]) {
  const start = startContext({
    id: 'n4',
    peers: peersOf('n4'),
    pingMs: 50,
    deadPings: 5,
    durable: null,
  })
  return { ...start, members } as ChainContext
}

const ok = (client: string): ClientOp =>
  ({
    index: Number(client.slice(1)) - 1,
    client,
    op: 'put',
    key: 'x',
    value: '1',
    outcome: 'ok',
  }) as ClientOp

/** Steps nodes one at a time through the checker, as the kernel does. */
function checker() {
  const inv = createChainInvariants((s) => s as ChainContext, nodeIds)
  const ghost = inv.init(4)
  const slots: { state: ChainContext | null }[] = nodeIds(4).map(() => ({ state: null }))
  return (id: string, after: ChainContext | null, clients: readonly ClientOp[] = []) => {
    const i = Number(id.slice(1)) - 1
    const before = slots[i]!.state
    slots[i]!.state = after
    return inv
      .check(ghost, 100, id, before, after, slots, clients)
      .map((v) => `${v.invariant}: ${v.message}`)
  }
}

describe('History Prefix', () => {
  it('compares updates by sequence number and client request', () => {
    expect(prefixBreak([u1], [u1, u2])).toBe(-1)
    expect(prefixBreak([], [u1])).toBe(-1)
    expect(prefixBreak([u1, u3], [u1, u2, u3])).toBe(1)
    expect(prefixBreak([u1, u2], [u1])).toBe(1)
    // Same number, another client's write: not the same update.
    expect(prefixBreak([update(1, 'c9')], [u1])).toBe(0)
  })

  it('stays quiet while each server holds a prefix of its predecessor', () => {
    const step = checker()
    expect(step('n1', server('n1', [u1, u2]))).toEqual([])
    expect(step('n2', server('n2', [u1]))).toEqual([])
    expect(step('n3', server('n3', []))).toEqual([])
  })

  it('reports a successor whose history skips an update, once', () => {
    const step = checker()
    step('n1', server('n1', [u1, u2, u3]))
    step('n2', server('n2', [u1, u2, u3]))
    expect(step('n3', server('n3', [u1, u3]))).toEqual([
      "History Prefix: n3's history is not a prefix of its predecessor n2's: in place 2 n3 has update 3 (put x = 3) where n2 has update 2 (put x = 2)",
    ])
    expect(step('n3', server('n3', [u1, u3]))).toEqual([])
  })

  it('reports a successor ahead of its predecessor', () => {
    const step = checker()
    step('n1', server('n1', [u1]))
    expect(step('n2', server('n2', [u1, u2]))).toEqual([
      "History Prefix: n2's history is longer than its predecessor n1's: it has update 2, which n1 lacks",
    ])
  })

  it("follows the master's chain, and skips servers waiting for a state transfer", () => {
    const step = checker()
    step('n1', server('n1', [u1, u2]))
    step('n3', server('n3', [u2]))
    // In the first chain n3 follows n2, which is down: nothing to compare.
    expect(step('n2', null)).toEqual([])
    const members = [
      { id: 'n1', inc: 0, since: 1 },
      { id: 'n3', inc: 0, since: 1 },
    ]
    expect(step('n4', master(members))).toEqual([
      "History Prefix: n3's history is not a prefix of its predecessor n1's: in place 1 n3 has update 2 (put x = 2) where n1 has update 1 (put x = 1)",
    ])
    const fresh = checker()
    fresh('n1', server('n1', [u1]))
    expect(fresh('n2', server('n2', [u2], { filled: false }))).toEqual([])
  })
})

describe('Acknowledged Writes', () => {
  it('reports a write a client was told is done that the tail lacks', () => {
    const step = checker()
    step('n1', server('n1', [u1, u2]))
    step('n2', server('n2', [u1, u2]))
    expect(step('n3', server('n3', [u1]), [ok('c1')])).toEqual([])
    expect(step('n3', server('n3', [u1]), [ok('c1'), ok('c2')])).toEqual([
      'Acknowledged Writes: the tail n3 lacks put x = 1 of c2, which c2 was told is done',
    ])
  })

  it('waits while the tail is down, and checks the tail it hands over to', () => {
    const step = checker()
    step('n2', server('n2', [u1]))
    expect(step('n3', null, [ok('c1'), ok('c2')])).toEqual([])
    const members = [
      { id: 'n1', inc: 0, since: 1 },
      { id: 'n2', inc: 0, since: 1 },
    ]
    expect(step('n4', master(members), [ok('c1'), ok('c2')])).toEqual([
      'Acknowledged Writes: the tail n2 lacks put x = 1 of c2, which c2 was told is done',
    ])
  })
})
