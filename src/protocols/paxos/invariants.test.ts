import { describe, expect, it } from 'vitest'
import { createPaxosInvariants, type PaxosNode } from './invariants'
import { setSlot, slotsOf } from './slots'
import { putCommand, testContext } from './test-context'
import { NOOP } from './proposer'
import { nodeIds } from '../../scenario/types'
import type { ClientOp } from '../../sim/world'
import type { AcceptedValue, Command, PaxosContext } from './types'

const x1 = putCommand('x', '1', 'c1')
const x2 = putCommand('x', '2', 'c2')

/** The clients that asked for x = 1 and x = 2. */
const CLIENTS = [x1, x2].map(
  (c, index) => ({ index, client: c.client, op: c.op, key: c.key, value: c.value }) as ClientOp,
)

const acceptedAt = (slot: number, ballot: number, command: Command) =>
  setSlot(slotsOf<AcceptedValue>([]), slot, { ballot, command })

/** A learner's chosen slots holding only `c`, in slot 1. */
const learned = (c: Command) => setSlot(slotsOf<Command>([]), 1, c)

function node(over: Partial<PaxosContext>, role = 'acceptor'): PaxosNode {
  return { role, context: testContext(over) }
}

/** Steps nodes one at a time through the checker, as the kernel does. */
function checker(count: number, clients: readonly ClientOp[] = CLIENTS) {
  const inv = createPaxosInvariants((s) => s as PaxosNode, nodeIds)
  const ghost = inv.init(count)
  const slots: { state: PaxosNode | null }[] = nodeIds(count).map(() => ({ state: null }))
  return (id: string, after: PaxosNode | null) => {
    const i = Number(id.slice(1)) - 1
    const before = slots[i]!.state
    slots[i]!.state = after
    return inv
      .check(ghost, 100, id, before, after, slots, clients)
      .map((v) => `${v.invariant}: ${v.message}`)
  }
}

describe('Paxos invariants', () => {
  it('stay quiet while one value is chosen per slot and learned as chosen', () => {
    const step = checker(3)
    for (const id of ['n1', 'n2', 'n3']) {
      expect(step(id, node({ promised: 101, accepted: acceptedAt(1, 101, x1) }))).toEqual([])
    }
    // The same value chosen again at a higher ballot is the same choice.
    for (const id of ['n2', 'n3']) {
      expect(step(id, node({ promised: 202, accepted: acceptedAt(1, 202, x1) }))).toEqual([])
    }
    expect(step('n2', node({ promised: 202, chosen: learned(x1) }))).toEqual([])
  })

  it('Agreement: a second value chosen in a slot', () => {
    const step = checker(3)
    step('n1', node({ promised: 101, accepted: acceptedAt(1, 101, x1) }))
    expect(step('n2', node({ promised: 101, accepted: acceptedAt(1, 101, x1) }))).toEqual([])
    step('n2', node({ promised: 202, accepted: acceptedAt(1, 202, x2) }))
    expect(step('n3', node({ promised: 202, accepted: acceptedAt(1, 202, x2) }))).toEqual([
      'Agreement: two values chosen in slot 1: put x=1 at ballot 1.1, then put x=2 at ballot 2.2',
    ])
    // Reported once, not on every later acceptance.
    expect(step('n1', node({ promised: 202, accepted: acceptedAt(1, 202, x2) }))).toEqual([])
  })

  it('Agreement: counts acceptances across time, not only the current state', () => {
    const step = checker(3)
    step('n1', node({ promised: 101, accepted: acceptedAt(1, 101, x1) }))
    // n1 moves on before n2 accepts: x = 1 at 1.1 still has a majority over time.
    step('n1', node({ promised: 303, accepted: acceptedAt(1, 303, NOOP) }))
    step('n2', node({ promised: 101, accepted: acceptedAt(1, 101, x1) }))
    expect(step('n3', node({ promised: 303, accepted: acceptedAt(1, 303, NOOP) }))).toEqual([
      'Agreement: two values chosen in slot 1: put x=1 at ballot 1.1, then no-op at ballot 3.3',
    ])
  })

  it('Agreement: a learner that learns what was not chosen', () => {
    const step = checker(3)
    expect(step('n1', node({ chosen: learned(x1) }))).toEqual([
      'Agreement: n1 learned put x=1 in slot 1, which no majority accepted',
    ])
    for (const id of ['n2', 'n3']) step(id, node({ accepted: acceptedAt(1, 101, x2) }))
    expect(step('n3', node({ accepted: acceptedAt(1, 101, x2), chosen: learned(x1) }))).toEqual([])
    const fresh = checker(3)
    for (const id of ['n2', 'n3']) fresh(id, node({ accepted: acceptedAt(1, 101, x2) }))
    expect(fresh('n1', node({ chosen: learned(x1) }))).toEqual([
      'Agreement: n1 learned put x=1 in slot 1, where put x=2 was chosen',
    ])
  })

  it('Validity: a chosen command no client asked for', () => {
    const step = checker(3)
    const forged = putCommand('x', '7', 'c2')
    step('n1', node({ accepted: acceptedAt(2, 101, forged) }))
    expect(step('n2', node({ accepted: acceptedAt(2, 101, forged) }))).toEqual([
      'Validity: slot 2 chose put x=7 for c2, which no client asked for',
    ])
    const unknown = checker(3, [])
    unknown('n1', node({ accepted: acceptedAt(1, 101, x1) }))
    expect(unknown('n2', node({ accepted: acceptedAt(1, 101, x1) }))).toEqual([
      'Validity: slot 1 chose put x=1 for c1, which no client asked for',
    ])
    const noop = checker(3, [])
    noop('n1', node({ accepted: acceptedAt(1, 101, NOOP) }))
    expect(noop('n2', node({ accepted: acceptedAt(1, 101, NOOP) }))).toEqual([])
  })

  it('Promise Monotonicity: a promise that goes back, across a crash too', () => {
    const step = checker(3)
    expect(step('n1', node({ promised: 101 }))).toEqual([])
    expect(step('n1', node({ promised: 303 }))).toEqual([])
    expect(step('n1', null)).toEqual([])
    expect(step('n1', node({ promised: 303 }))).toEqual([])
    expect(step('n1', node({ promised: 0 }))).toEqual([
      "Promise Monotonicity: n1's promised ballot went back from 3.3 to 0.0",
    ])
    expect(step('n1', node({ promised: 0 }))).toEqual([])
  })
})
