import { describe, expect, it } from 'vitest'
import { createDynamoInvariants } from './invariants'
import { startContext } from './context'
import { nodeIds } from '../../scenario/types'
import type { ClientOp } from '../../sim/world'
import type { Acked, ReplicaContext, StoredVersion } from './types'

const ids = ['n1', 'n2', 'n3']

const replica = (id: string): ReplicaContext =>
  startContext({
    id,
    members: ids,
    vnodes: 8,
    n: 3,
    r: 2,
    w: 2,
    sloppy: true,
    lww: true,
    abd: false,
    requestTimeoutMs: 100,
    antiEntropyMs: 500,
    variant: null,
    durable: null,
    now: 0,
  })

const version = (op: string, value: string, ts: number, clock = {}): StoredVersion => ({
  value,
  clock,
  ts,
  by: 'n1',
  op,
})

/** c1 puts x = 1 (invoked 0, acked 50); c2 puts x = 2 (invoked `c2At`). */
const clients = (c2At: number): ClientOp[] =>
  [
    ['c1', '1', 0],
    ['c2', '2', c2At],
  ].map(([client, value, invokedAt], index) => ({
    index,
    client: client as string,
    op: 'put',
    key: 'x',
    value: value as string,
    invokedAt: invokedAt as number,
    returnedAt: null,
    outcome: 'pending',
    output: null,
    attempts: 1,
    target: 0,
    gen: 1,
  }))

function setup() {
  const checker = createDynamoInvariants((s) => s as ReplicaContext, nodeIds)
  const ghost = checker.init(3)
  const states: { state: ReplicaContext | null }[] = ids.map((id) => ({ state: replica(id) }))
  /** Node `i` steps to `next`; returns what the checker found. */
  const step = (at: number, i: number, next: ReplicaContext | null, cl: ClientOp[]) => {
    const before = states[i]!.state
    states[i] = { state: next }
    return checker.check(ghost, at, ids[i]!, before, next, states, cl)
  }
  const hold = (i: number, v: StoredVersion, acked: Acked[] = []) => ({
    ...states[i]!.state!,
    store: { x: [v] },
    acked: [...states[i]!.state!.acked, ...acked],
  })
  return { step, hold, states }
}

describe('Acknowledged Writes Survive', () => {
  const one = version('c1', '1', 10)
  const two = version('c2', '2', 5)
  const ackOne: Acked = { op: 'c1', key: 'x', version: one, by: ['n1', 'n3'] }
  const ackTwo: Acked = { op: 'c2', key: 'x', version: two, by: ['n1', 'n2'] }

  it('reports a put replaced everywhere by one that finished before it began', () => {
    const { step, hold } = setup()
    const cl = clients(100)
    for (const i of [1, 2, 0])
      expect(step(50, i, hold(i, one, i === 0 ? [ackOne] : []), cl)).toEqual([])
    expect(step(150, 1, hold(1, one), cl)).toEqual([])
    // n1 acknowledges c2 though every replica keeps the older x = 1 (a skewed clock).
    const found = step(160, 0, hold(0, one, [ackTwo]), cl)
    expect(found).toEqual([
      {
        invariant: 'Acknowledged Writes Survive',
        at: 160,
        nodes: ['n1', 'n2'],
        message:
          'put x = 2 of c2, stored on n1, n2 and acknowledged, is lost: every copy of x is from a write that finished before it began (n1: 1 []; n2: 1 []; n3: 1 [])',
      },
    ])
  })

  it('lets a concurrent put win: it may have come after', () => {
    const { step, hold } = setup()
    // c2 began at 20, before c1 was acknowledged at 50: either order fits.
    const cl = clients(20)
    for (const i of [1, 2, 0]) step(50, i, hold(i, one, i === 0 ? [ackOne] : []), cl)
    expect(step(160, 0, hold(0, one, [ackTwo]), cl)).toEqual([])
  })

  it('counts a crashed replica’s disk: the write survives on it', () => {
    const { step, hold } = setup()
    const cl = clients(100)
    step(150, 0, hold(0, two, [ackTwo]), cl)
    step(151, 0, null, cl)
    for (const i of [1, 2]) expect(step(160, i, hold(i, one), cl)).toEqual([])
  })
})

describe('Clocks Never Go Backwards', () => {
  it('reports a replica whose versions of a key forget part of their clock', () => {
    const { step, hold } = setup()
    step(10, 0, hold(0, version('c1', '1', 0, { n1: 2 })), [])
    const found = step(20, 0, hold(0, version('c2', '2', 0, { n1: 1 })), [])
    expect(found.map((v) => [v.invariant, v.message])).toEqual([
      [
        'Clocks Never Go Backwards',
        "n1's versions of x went from clock [n1:2] to [n1:1], which has not seen all of it",
      ],
    ])
  })

  it('allows a clock that grew, and a key handed over and dropped', () => {
    const { step, hold, states } = setup()
    step(10, 0, hold(0, version('c1', '1', 0, { n1: 1 })), [])
    expect(step(20, 0, hold(0, version('c2', '2', 0, { n1: 1, n2: 1 })), [])).toEqual([])
    expect(step(30, 0, { ...states[0]!.state!, store: {} }, [])).toEqual([])
  })
})
