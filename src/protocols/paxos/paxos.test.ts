import { describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../test/harness'
import type { TraceEntry } from '../../sim/trace'
import type { SlotEntry } from './describe'

const ALL = ['n1', 'n2', 'n3', 'n4', 'n5']

const paxos = (seed: number, nodes = 5, params = {}) =>
  createHarness({ nodes, seed, protocol: 'paxos', params })

const entries = (t: Harness): readonly TraceEntry[] => t.sim.ctx.recorder!.entries!.slice()
const sent = (t: Harness, type: string, since = 0) =>
  entries(t).filter((e) => e.kind === 'send' && e.t >= since && e.payload.type === type)
const log = (t: Harness, id: string) => t.node(id).log as SlotEntry[]
/** The commands a node knows chosen, as `op key=value`, in slot order. */
const chosen = (t: Harness, id: string) =>
  log(t, id)
    .filter((e) => e.chosen)
    .map((e) => `${e.command.op} ${e.command.key}=${e.command.value}`)

describe('Multi-Paxos', () => {
  it('elects one leader from a cold start, with every acceptor promised to its ballot', () => {
    const t = paxos(1).runFor(1000)
    expect(t.leaders()).toEqual(['n2'])
    for (const id of ['n1', 'n3', 'n4', 'n5']) {
      expect(t.node(id)).toMatchObject({ role: 'acceptor', ballot: '1.2', leader: 'n2' })
    }
    expect(t.node('n2')).toMatchObject({ role: 'leader', ballot: '1.2', term: 102 })
    expect(t.violations()).toEqual([])
  })

  it('a stable leader skips Phase 1: commands need only Accept and Accepted', () => {
    const t = paxos(3).runFor(1000)
    const leader = t.leader()!
    const since = t.now()
    for (let i = 0; i < 10; i++) t.put(`k${i}`, String(i)).runFor(100)
    t.runFor(500)
    expect(sent(t, 'Prepare', since)).toEqual([])
    expect(t.leader()).toBe(leader)
    for (const id of ALL) expect(t.node(id).applied).toBe(10)
    expect(t.sim.world.clients.every((c) => c.outcome === 'ok')).toBe(true)
    expect(t.violations()).toEqual([])
  })

  it('commits a put and answers a get through the log, in slot order everywhere', () => {
    const t = paxos(3).runFor(1000)
    t.put('x', '1').runFor(300).get('x', 'n4').runFor(300)
    const [put, get] = t.sim.world.clients
    expect(put).toMatchObject({ outcome: 'ok', op: 'put' })
    expect(get).toMatchObject({ outcome: 'ok', output: '1' })
    for (const id of ALL) {
      expect(chosen(t, id)).toEqual(['put x=1', 'get x=null'])
      expect(t.node(id).store).toEqual({ x: '1' })
    }
  })

  it('redirects a client from an acceptor to the leader', () => {
    const t = paxos(10).runFor(1000)
    const acceptor = ALL.find((id) => id !== t.leader())!
    t.put('x', '9', acceptor).runFor(500)
    const op = t.sim.world.clients[0]!
    expect(op).toMatchObject({ outcome: 'ok', attempts: 2 })
    expect(t.sim.ctx.ids[op.target]).toBe(t.leader())
  })

  it('replaces a crashed leader with one of a higher ballot', () => {
    const t = paxos(2).runFor(1000)
    const old = t.leader()!
    const ballot = t.node(old).term
    t.put('x', '1').runFor(300)
    t.crash(old).runFor(1000)
    const next = t.leader()!
    expect(next).not.toBe(old)
    expect(t.node(next).term).toBeGreaterThan(ballot)
    t.put('y', '2', next).runFor(500)
    expect(t.node(next).store).toEqual({ x: '1', y: '2' })
    expect(t.violations()).toEqual([])
  })

  it('keeps the promise and the accepted slots across a crash, and nothing else', () => {
    const t = paxos(7, 3).runFor(1000)
    t.put('x', '1').runFor(500)
    const follower = ['n1', 'n2', 'n3'].find((id) => id !== t.leader())!
    const before = t.node(follower)
    t.crash(follower)
    expect(t.node(follower)).toMatchObject({ up: false, role: 'crashed' })
    t.restart(follower)
    expect(t.node(follower)).toMatchObject({
      role: 'acceptor',
      ballot: before.ballot,
      applied: 0,
      chosenUpTo: 0,
      leader: null,
      store: {},
    })
    expect(log(t, follower)).toEqual(log(t, follower).map((e) => ({ ...e, chosen: false })))
    expect(log(t, follower).map((e) => e.command)).toEqual(
      (before.log as SlotEntry[]).map((e) => e.command),
    )
  })

  it('catches up a node that restarted after missing many decisions', () => {
    const t = paxos(6).runFor(1000)
    const lagging = ALL.find((id) => id !== t.leader())!
    t.crash(lagging).runFor(100)
    for (let i = 0; i < 100; i++) t.put(`k${i % 10}`, String(i)).runFor(20)
    t.runFor(1000)
    const leader = t.leader()!
    expect(t.node(leader).applied).toBe(100)
    t.restart(lagging).runFor(1000)
    expect(t.node(lagging).applied).toBe(100)
    expect(t.node(lagging).store).toEqual(t.node(leader).store)
    expect(chosen(t, lagging)).toEqual(chosen(t, leader))
    // It learned them by asking, in a few batches, not one slot at a time.
    const asked = sent(t, 'CatchUp').filter((e) => e.kind === 'send' && e.from === lagging)
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.length).toBeLessThan(10)
    expect(t.violations()).toEqual([])
  })

  it('applies a retried or duplicated request once', () => {
    const t = paxos(8).runFor(1000)
    const ids = () => entries(t).filter((e) => e.kind === 'send')
    for (let i = 0; i < 30; i++) {
      t.put('k', String(i)).runFor(5)
      for (const s of ids().slice(-3)) {
        if (s.kind === 'send') t.act({ type: i % 2 ? 'duplicate' : 'drop', message: s.id })
      }
      t.runFor(50)
    }
    t.runFor(5000)
    expect(t.sim.world.clients.filter((c) => c.outcome === 'ok')).toHaveLength(30)
    const leader = t.leader()!
    const puts = log(t, leader)
      .filter((e) => e.command.op === 'put')
      .map((e) => e.command.client)
    // Retried and duplicated requests take one slot each.
    expect(new Set(puts).size).toBe(puts.length)
    expect(puts).toHaveLength(30)
    expect(t.violations()).toEqual([])
  })

  it('cannot choose in a minority partition while the majority can', () => {
    const t = paxos(4).runFor(1000)
    const leader = t.leader()!
    const friend = ALL.find((id) => id !== leader)!
    const rest = ALL.filter((id) => id !== leader && id !== friend)
    t.partition([leader, friend], rest).runFor(1000)
    const applied = t.node(leader).applied
    t.put('a', 'lost?', leader).runFor(400)
    expect(t.node(leader).applied).toBe(applied)
    const newLeader = t.leaders().find((id) => rest.includes(id))!
    expect(newLeader).toBeDefined()
    t.put('b', 'kept', newLeader).runFor(500)
    expect(t.node(newLeader).store).toMatchObject({ b: 'kept' })
    expect(t.node(leader)).toMatchObject({ role: 'leader' })
    expect(t.node(leader).store).not.toHaveProperty('b')
    t.heal().runFor(1000)
    expect(t.leaders()).toEqual([newLeader])
    for (const id of ALL) expect(t.node(id).store).toEqual(t.node(newLeader).store)
    expect(t.violations()).toEqual([])
  })

  it('makes progress over a lossy network', () => {
    const t = paxos(12, 5, { lossRate: 0.1 }).runFor(2000)
    for (let i = 0; i < 20; i++) t.put(`k${i % 3}`, String(i)).runFor(100)
    t.runFor(10_000)
    expect(t.sim.world.clients.every((c) => c.outcome === 'ok')).toBe(true)
    expect(t.violations()).toEqual([])
  })

  it('runs Phase 1 at once when a node is forced to time out, and takes over', () => {
    const t = paxos(9).runFor(1000)
    const leader = t.leader()!
    const other = ALL.find((id) => id !== leader)!
    const round = Math.floor(t.node(leader).term / 100)
    t.timeout(other)
    expect(t.node(other)).toMatchObject({ role: 'candidate' })
    expect(t.node(other).term).toBe((round + 1) * 100 + Number(other.slice(1)))
    t.runFor(1000)
    expect(t.leaders()).toEqual([other])
  })

  it('a single-node cluster leads alone and chooses alone', () => {
    const t = paxos(11, 1).runFor(1000)
    expect(t.leader()).toBe('n1')
    t.put('x', '1').runFor(100)
    expect(t.node('n1')).toMatchObject({ store: { x: '1' }, applied: 1, ballot: '1.1' })
  })
})
