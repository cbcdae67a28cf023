import { describe, expect, it } from 'vitest'
import { createHarness } from '../../test/harness'

const majority = ['n3', 'n4', 'n5']

describe('Raft', () => {
  it('elects exactly one leader from a cold start', () => {
    const t = createHarness({ nodes: 5, seed: 1 }).runFor(1000)
    expect(t.leaders()).toHaveLength(1)
    const leader = t.leader()!
    const others = ['n1', 'n2', 'n3', 'n4', 'n5'].filter((id) => id !== leader)
    for (const id of others) {
      expect(t.node(id)).toMatchObject({ role: 'follower', term: t.node(leader).term })
    }
    expect(t.violations()).toEqual([])
  })

  it('replaces a crashed leader with a new one in a higher term', () => {
    const t = createHarness({ nodes: 5, seed: 2 }).runFor(1000)
    const old = t.leader()!
    const term = t.node(old).term
    t.crash(old).runFor(1000)
    const next = t.leader()!
    expect(next).not.toBe(old)
    expect(t.node(next).term).toBeGreaterThan(term)
    expect(t.node(old)).toMatchObject({ up: false, role: 'crashed' })
  })

  it('commits a put and answers a get with its value', () => {
    const t = createHarness({ nodes: 5, seed: 3 }).runFor(1000)
    t.put('x', '1').runFor(500).get('x', 'n2').runFor(500)
    const [put, get] = t.sim.world.clients
    expect(put).toMatchObject({ outcome: 'ok', op: 'put' })
    expect(get).toMatchObject({ outcome: 'ok', output: '1' })
    for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
      expect(t.node(id).store).toEqual({ x: '1' })
    }
  })

  it('cannot commit in a minority partition while the majority can', () => {
    const t = createHarness({ nodes: 5, seed: 4 }).runFor(1000)
    // Put the current leader in the minority, with one follower.
    const leader = t.leader()!
    const friend = ['n1', 'n2', 'n3', 'n4', 'n5'].find((id) => id !== leader)!
    const minority = [leader, friend]
    const rest = ['n1', 'n2', 'n3', 'n4', 'n5'].filter((id) => !minority.includes(id))
    t.partition(minority, rest).runFor(1000)
    const minorityCommit = t.node(leader).commitIndex
    t.put('a', 'lost?', leader).runFor(100)
    expect(t.node(leader).commitIndex).toBe(minorityCommit)
    const newLeader = t.leaders().find((id) => rest.includes(id))!
    expect(newLeader).toBeDefined()
    t.put('b', 'kept', newLeader).runFor(500)
    expect(t.node(newLeader).store).toMatchObject({ b: 'kept' })
    expect(t.node(leader).store).not.toHaveProperty('b')
    // Two leaders at once, in two different terms: the old one cut off.
    expect(t.node(leader).role).toBe('leader')
    expect(t.node(newLeader).term).toBeGreaterThan(t.node(leader).term)
    expect(t.violations()).toEqual([])
  })

  it('converges every log and store after a partition heals', () => {
    const t = createHarness({ nodes: 5, seed: 5 }).runFor(1000)
    t.partition(['n1', 'n2'], majority).runFor(800)
    t.put('x', '1', 'n3').put('y', '2', 'n1').runFor(800)
    t.heal().runFor(3000)
    const logs = ['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => t.node(id).log)
    const stores = ['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => t.node(id).store)
    for (const log of logs) expect(log).toEqual(logs[0])
    for (const store of stores) expect(store).toEqual(stores[0])
    expect(stores[0]).toMatchObject({ x: '1' })
    expect(t.leaders()).toHaveLength(1)
    expect(t.violations()).toEqual([])
  })

  it('catches up a follower that crashed and restarted', () => {
    const t = createHarness({ nodes: 5, seed: 6 }).runFor(1000)
    const follower = ['n1', 'n2', 'n3', 'n4', 'n5'].find((id) => id !== t.leader())!
    t.crash(follower).runFor(100)
    for (let i = 0; i < 100; i++) t.put(`k${i % 10}`, String(i)).runFor(20)
    t.runFor(1000)
    const leader = t.leader()!
    const commands = t.node(leader).log as { command: { op: string } }[]
    expect(commands.filter((e) => e.command.op !== 'noop')).toHaveLength(100)
    t.restart(follower)
    // A restarted node keeps its durable state and starts with nothing applied.
    expect(t.node(follower)).toMatchObject({ commitIndex: 0, lastApplied: 0, store: {} })
    t.runFor(2000)
    expect(t.node(follower).log).toEqual(t.node(leader).log)
    expect(t.node(follower).store).toEqual(t.node(leader).store)
    expect(t.violations()).toEqual([])
  })

  it('keeps currentTerm, votedFor and the log across a crash', () => {
    const t = createHarness({ nodes: 3, seed: 7 }).runFor(1000)
    t.put('x', '1').runFor(500)
    const before = t.node('n2')
    t.crash('n2').restart('n2')
    expect(t.node('n2')).toMatchObject({
      term: before.term,
      votedFor: before.votedFor,
      log: before.log,
      commitIndex: 0,
    })
  })

  it('tolerates dropped and duplicated messages', () => {
    const t = createHarness({ nodes: 5, seed: 8 }).runFor(1000)
    const sends = () => t.sim.ctx.recorder!.entries!.slice().filter((e) => e.kind === 'send')
    for (let i = 0; i < 30; i++) {
      t.put('k', String(i)).runFor(5)
      const recent = sends().slice(-3)
      for (const s of recent) {
        if (s.kind !== 'send') continue
        t.act({ type: i % 2 ? 'duplicate' : 'drop', message: s.id })
      }
      t.runFor(50)
    }
    t.runFor(5000)
    const drops = t.sim.ctx.recorder!.entries!.slice().filter((e) => e.kind === 'drop')
    expect(drops.length).toBeGreaterThan(10)
    const copies = sends().filter((e) => e.kind === 'send' && e.copyOf !== undefined)
    expect(copies.length).toBeGreaterThan(5)
    const ok = t.sim.world.clients.filter((c) => c.outcome === 'ok')
    expect(ok.length).toBe(30)
    const leader = t.leader()!
    // Retried and duplicated requests apply once each: one log entry per put.
    const puts = (t.node(leader).log as { command: { client: string } }[]).map(
      (e) => e.command.client,
    )
    expect(new Set(puts).size).toBe(puts.length)
    expect(t.violations()).toEqual([])
  })

  it('makes progress over a lossy network', () => {
    const t = createHarness({ nodes: 5, seed: 12, params: { lossRate: 0.1 } }).runFor(2000)
    for (let i = 0; i < 20; i++) t.put(`k${i % 3}`, String(i)).runFor(100)
    t.runFor(10_000)
    expect(t.sim.world.clients.every((c) => c.outcome === 'ok')).toBe(true)
    expect(t.violations()).toEqual([])
  })

  it('loses every message on a link set to lose them all', () => {
    const t = createHarness({ nodes: 3, seed: 13 })
    t.act({ type: 'link', from: 'n1', to: 'n2', lossRate: 1 }).runFor(1000)
    // n1 stands for election, so it must send to n2.
    t.timeout('n1').runFor(2000)
    const entries = t.sim.ctx.recorder!.entries!.slice()
    const sent = entries.filter((e) => e.kind === 'send' && e.from === 'n1' && e.to === 'n2')
    const lost = new Set(
      entries.filter((e) => e.kind === 'drop').map((e) => e.kind === 'drop' && e.id),
    )
    expect(sent.length).toBeGreaterThan(5)
    for (const s of sent) expect(lost.has(s.kind === 'send' && s.id)).toBe(true)
  })

  it('holds an election at once when a node is forced to time out', () => {
    const t = createHarness({ nodes: 5, seed: 9 }).runFor(1000)
    const leader = t.leader()!
    const other = ['n1', 'n2', 'n3', 'n4', 'n5'].find((id) => id !== leader)!
    const term = t.node(leader).term
    t.timeout(other)
    expect(t.node(other)).toMatchObject({ role: 'candidate', term: term + 1 })
    t.runFor(1000)
    expect(t.node(t.leader()!).term).toBeGreaterThan(term)
  })

  it('redirects a client from a follower to the leader', () => {
    const t = createHarness({ nodes: 5, seed: 10 }).runFor(1000)
    const follower = ['n1', 'n2', 'n3', 'n4', 'n5'].find((id) => id !== t.leader())!
    t.put('x', '9', follower).runFor(500)
    const op = t.sim.world.clients[0]!
    expect(op).toMatchObject({ outcome: 'ok', attempts: 2 })
    expect(t.sim.ctx.ids[op.target]).toBe(t.leader())
  })

  it('a single-node cluster elects itself and commits alone', () => {
    const t = createHarness({ nodes: 1, seed: 11 }).runFor(1000)
    expect(t.leader()).toBe('n1')
    t.put('x', '1').runFor(100)
    expect(t.node('n1').store).toEqual({ x: '1' })
  })
})
