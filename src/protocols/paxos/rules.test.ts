import { describe, expect, it } from 'vitest'
import { ballotOf } from './ballot'
import * as rules from './rules'
import { slotAt, slotsOf } from './slots'
import { NOOP } from './proposer'
import { putCommand, testContext } from './test-context'
import type { Effect } from '../../sim/protocol'
import type { AcceptedValue, Command, PaxosContext } from './types'

const x1 = putCommand('x', '1')
const y2 = putCommand('y', '2', 'c2')
const sends = (effects: readonly Effect[]) =>
  effects.flatMap((e) => (e.type === 'send' ? [{ to: e.to, ...e.msg }] : []))
const timers = (effects: readonly Effect[]) =>
  effects.flatMap((e) => (e.type === 'setTimer' ? [[e.name, e.ms]] : []))
const accepted = (...values: (AcceptedValue | null)[]) => slotsOf(values)
const resentAccepts = (c: PaxosContext) =>
  sends(rules.onHeartbeatTimer(c).effects).filter((m) => m.type === 'Accept')
const chosenIn = (c: PaxosContext) =>
  c.chosen.items.slice(0, c.chosen.length).map((cmd) => cmd && cmd.key)

describe('the acceptor', () => {
  const promisedTo31 = testContext({
    promised: ballotOf(3, 1),
    accepted: accepted({ ballot: ballotOf(2, 2), command: x1 }, null, { ballot: 302, command: y2 }),
  })

  it('promises a ballot at least as high as its promise, reporting what it accepted from the slot asked', () => {
    const out = rules.onPrepare(promisedTo31, {
      type: 'Prepare',
      from: 'n4',
      ballot: ballotOf(4, 4),
      fromSlot: 2,
    })
    expect(out.context.promised).toBe(404)
    expect(sends(out.effects)).toEqual([
      {
        to: 'n4',
        type: 'Promise',
        ballot: 404,
        ok: true,
        promised: 404,
        accepted: [{ slot: 3, ballot: 302, command: y2 }],
      },
    ])
    expect(timers(out.effects)).toEqual([['election', [150, 300]]])
  })

  it('refuses a lower ballot, naming its promise, and changes nothing', () => {
    const out = rules.onPrepare(promisedTo31, {
      type: 'Prepare',
      from: 'n2',
      ballot: 202,
      fromSlot: 1,
    })
    expect(out.context.promised).toBe(301)
    expect(sends(out.effects)).toEqual([
      { to: 'n2', type: 'Promise', ballot: 202, ok: false, promised: 301, accepted: [] },
    ])
    expect(timers(out.effects)).toEqual([])
  })

  it('accepts at or above its promise, and follows that leader', () => {
    const out = rules.onAccept(promisedTo31, {
      type: 'Accept',
      from: 'n3',
      ballot: 403,
      slot: 5,
      command: x1,
    })
    expect(out.context).toMatchObject({ promised: 403, leaderId: 'n3' })
    expect(slotAt(out.context.accepted, 5)).toEqual({ ballot: 403, command: x1 })
    expect(slotAt(out.context.accepted, 4)).toBeUndefined()
    expect(sends(out.effects)).toEqual([
      { to: 'n3', type: 'Accepted', ballot: 403, slot: 5, ok: true, promised: 403 },
    ])
  })

  it('refuses an Accept below its promise', () => {
    const out = rules.onAccept(promisedTo31, {
      type: 'Accept',
      from: 'n2',
      ballot: 202,
      slot: 1,
      command: y2,
    })
    expect(out.context.accepted).toBe(promisedTo31.accepted)
    expect(sends(out.effects)).toEqual([
      { to: 'n2', type: 'Accepted', ballot: 202, slot: 1, ok: false, promised: 301 },
    ])
  })

  it('no-promise-check: accepts below its promise, and keeps the promise', () => {
    const broken = { ...promisedTo31, variant: 'no-promise-check' as const }
    const out = rules.onAccept(broken, {
      type: 'Accept',
      from: 'n2',
      ballot: 202,
      slot: 1,
      command: y2,
    })
    expect(slotAt(out.context.accepted, 1)).toEqual({ ballot: 202, command: y2 })
    expect(out.context.promised).toBe(301)
    expect(sends(out.effects)[0]).toMatchObject({ ok: true })
  })

  it('keeps its promise and accepted values on stable storage, unless volatile', () => {
    expect(rules.durableOf(promisedTo31)).toEqual({
      promised: 301,
      accepted: promisedTo31.accepted,
    })
    const volatile = { ...promisedTo31, variant: 'volatile-acceptor' as const }
    expect(rules.durableOf(volatile)).toMatchObject({ promised: 0, accepted: { length: 0 } })
  })

  it('follows a heartbeat, and asks for what it has not learned', () => {
    const out = rules.onHeartbeat(promisedTo31, {
      type: 'Heartbeat',
      from: 'n3',
      ballot: 403,
      chosenUpTo: 4,
    })
    expect(out.context).toMatchObject({ promised: 403, leaderId: 'n3' })
    expect(sends(out.effects)).toEqual([{ to: 'n3', type: 'CatchUp', fromSlot: 1 }])
    const old = rules.onHeartbeat(promisedTo31, {
      type: 'Heartbeat',
      from: 'n2',
      ballot: 202,
      chosenUpTo: 9,
    })
    expect(old.context).toBe(promisedTo31)
    expect(old.effects).toEqual([])
  })
})

describe('the proposer', () => {
  it('starts Phase 1 in a round above every ballot it saw, promising itself', () => {
    const c = testContext({ promised: 302, highestSeen: 505, chosenUpTo: 2 })
    const out = rules.startPhase1(c)
    expect(out.context).toMatchObject({
      ballot: 601,
      promised: 601,
      prepareFrom: 3,
      promises: ['n1'],
    })
    expect(sends(out.effects).map((m) => [m.to, m.type])).toEqual([
      ['n2', 'Prepare'],
      ['n3', 'Prepare'],
      ['n4', 'Prepare'],
      ['n5', 'Prepare'],
    ])
    expect(sends(out.effects)[0]).toMatchObject({ ballot: 601, fromSlot: 3 })
  })

  const candidate = rules.startPhase1(
    testContext({ accepted: accepted(null, { ballot: 101, command: y2 }) }),
  ).context
  const promise = (from: string, values: { slot: number; ballot: number; command: Command }[]) => ({
    type: 'Promise' as const,
    from,
    ballot: candidate.ballot,
    ok: true,
    promised: candidate.ballot,
    accepted: values,
  })

  it('keeps, for each slot, the value of the highest ballot reported', () => {
    const a = rules.onPromise(candidate, promise('n2', [{ slot: 2, ballot: 202, command: x1 }]))
    const b = rules.onPromise(a.context, promise('n3', [{ slot: 2, ballot: 102, command: y2 }]))
    expect(b.context.promises).toEqual(['n1', 'n2', 'n3'])
    expect(b.context.reported).toEqual({ 2: { ballot: 202, command: x1 } })
    // A promise counts once, and only for the ballot it answers.
    expect(rules.onPromise(b.context, promise('n3', [])).context.promises).toHaveLength(3)
    expect(rules.winsPhase1(a.context, promise('n3', []))).toBe(true)
    expect(rules.winsPhase1(candidate, promise('n2', []))).toBe(false)
  })

  it('as leader, re-proposes reported values and fills the gaps with no-ops', () => {
    const reported = {
      ...candidate,
      reported: { 2: { ballot: 202, command: x1 }, 4: { ballot: 101, command: y2 } },
    }
    const out = rules.becomeLeader(reported)
    const accepts = sends(out.effects).filter((m) => m.type === 'Accept' && m.to === 'n2')
    expect(accepts).toEqual([
      { to: 'n2', type: 'Accept', ballot: 101, slot: 1, command: NOOP },
      { to: 'n2', type: 'Accept', ballot: 101, slot: 2, command: x1 },
      { to: 'n2', type: 'Accept', ballot: 101, slot: 3, command: NOOP },
      { to: 'n2', type: 'Accept', ballot: 101, slot: 4, command: y2 },
    ])
    expect(out.context.nextSlot).toBe(5)
    expect(Object.keys(out.context.pending)).toEqual(['1', '2', '3', '4'])
    expect(sends(out.effects).filter((m) => m.type === 'Heartbeat')).toHaveLength(4)
  })

  it('accept-any-value: proposes its own no-op where a value was reported', () => {
    const broken = {
      ...candidate,
      variant: 'accept-any-value' as const,
      reported: { 1: { ballot: 202, command: x1 } },
    }
    const accepts = sends(rules.becomeLeader(broken).effects).filter((m) => m.type === 'Accept')
    expect(accepts[0]).toMatchObject({ slot: 1, command: NOOP })
  })

  it('chooses a slot on a majority of Accepted, tells every learner, and applies it', () => {
    const led = rules.becomeLeader(rules.startPhase1(testContext()).context).context
    const waiting = rules.onClientRequest(led, {
      type: 'ClientRequest',
      from: 'c2',
      client: 'c2',
      seq: 1,
      op: 'put',
      key: 'y',
      value: '2',
    }).context
    const ack = (from: string) => ({
      type: 'Accepted' as const,
      from,
      ballot: led.ballot,
      slot: 1,
      ok: true,
      promised: led.ballot,
    })
    const one = rules.onAccepted(waiting, ack('n2'))
    expect(one.context.pending[1]!.acks).toEqual(['n1', 'n2'])
    const two = rules.onAccepted(one.context, ack('n3'))
    expect(two.context.pending).toEqual({})
    expect(two.context).toMatchObject({ chosenUpTo: 1, applied: 1, store: { y: '2' } })
    expect(sends(two.effects).map((m) => [m.to, m.type])).toEqual([
      ['n2', 'Decide'],
      ['n3', 'Decide'],
      ['n4', 'Decide'],
      ['n5', 'Decide'],
      ['c2', 'ClientReply'],
    ])
  })

  it('backs off for a random time when preempted, or retries at once without backoff', () => {
    const refusal = {
      type: 'Promise' as const,
      ballot: 101,
      ok: false,
      promised: 505,
      accepted: [],
    }
    const out = rules.preempt(candidate, refusal)
    expect(out.context.highestSeen).toBe(505)
    expect(timers(out.effects)).toEqual([['election', [100, 300]]])
    const eager = rules.preempt({ ...candidate, randomBackoff: false }, refusal)
    expect(timers(eager.effects)).toEqual([['election', 1]])
    expect(rules.refusedHigher(candidate, refusal)).toBe(true)
    expect(rules.refusedHigher(candidate, { ...refusal, ballot: 51 })).toBe(false)
  })

  it('resends only Accepts older than one heartbeat, to the acceptors yet to accept', () => {
    const led = rules.becomeLeader({ ...candidate, reported: { 1: { ballot: 51, command: x1 } } })
    expect(resentAccepts(led.context)).toEqual([])
    const acked = rules.onAccepted(led.context, {
      type: 'Accepted',
      from: 'n2',
      ballot: 101,
      slot: 1,
      ok: true,
      promised: 101,
    }).context
    const next = rules.onHeartbeatTimer(acked).context
    expect(resentAccepts(next).map((m) => m.to)).toEqual(['n3', 'n4', 'n5'])
  })
})

describe('the learner', () => {
  it('applies chosen slots strictly in order, waiting at a gap', () => {
    let c = rules.learn(testContext(), 2, y2)
    c = rules.apply(c).context
    expect(c).toMatchObject({ chosenUpTo: 0, applied: 0, store: {} })
    c = rules.apply(rules.learn(c, 1, x1)).context
    expect(c).toMatchObject({ chosenUpTo: 2, applied: 2, store: { x: '1', y: '2' } })
    expect(chosenIn(c)).toEqual(['x', 'y'])
  })

  it('keeps the first value it learned in a slot', () => {
    const c = rules.learn(rules.learn(testContext(), 1, x1), 1, y2)
    expect(slotAt(c.chosen, 1)).toBe(x1)
  })

  it('applies a command chosen twice (a retried request) only once', () => {
    const x2 = putCommand('x', '2', 'c2')
    let c = testContext()
    for (const [slot, cmd] of [
      [1, x1],
      [2, x2],
      [3, x1],
    ] as const)
      c = rules.learn(c, slot, cmd)
    expect(rules.apply(c).context).toMatchObject({ applied: 3, store: { x: '2' } })
  })

  it('answers a CatchUp with the chosen slots it knows, in one batch', () => {
    let c = testContext()
    for (let slot = 1; slot <= 3; slot++) c = rules.learn(c, slot, putCommand('k', String(slot)))
    const out = rules.onCatchUp(c, { type: 'CatchUp', from: 'n4', fromSlot: 2 })
    expect(sends(out.effects)).toEqual([
      {
        to: 'n4',
        type: 'Decide',
        decisions: [
          { slot: 2, command: putCommand('k', '2') },
          { slot: 3, command: putCommand('k', '3') },
        ],
      },
    ])
    expect(rules.onCatchUp(c, { type: 'CatchUp', from: 'n4', fromSlot: 4 }).effects).toEqual([])
  })
})

describe('client requests', () => {
  it('an acceptor redirects to the leader it knows', () => {
    const req = {
      type: 'ClientRequest' as const,
      from: 'c1',
      client: 'c1',
      seq: 1,
      op: 'get' as const,
      key: 'x',
      value: null,
    }
    const out = rules.redirect(testContext({ leaderId: 'n3' }), req)
    expect(sends(out.effects)).toEqual([
      { to: 'c1', type: 'ClientReply', client: 'c1', seq: 1, ok: false, leader: 'n3' },
    ])
  })

  it('the leader takes the next free slot, and a retry waits for the same slot', () => {
    const led = rules.becomeLeader(rules.startPhase1(testContext()).context).context
    const req = {
      type: 'ClientRequest' as const,
      from: 'c1',
      client: 'c1',
      seq: 1,
      op: 'put' as const,
      key: 'x',
      value: '1',
    }
    const first = rules.onClientRequest(led, req)
    expect(first.context.nextSlot).toBe(2)
    expect(first.context.pending[1]!.command).toEqual(x1)
    const retry = rules.onClientRequest(first.context, req)
    expect(retry.effects).toEqual([])
    expect(retry.context.nextSlot).toBe(2)
    expect(retry.context.waiting).toEqual([
      { client: 'c1', seq: 1, slot: 1 },
      { client: 'c1', seq: 1, slot: 1 },
    ])
  })
})
