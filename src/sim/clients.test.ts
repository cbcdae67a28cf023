import { describe, expect, it } from 'vitest'
import { createSimulation, runUntil } from './kernel'
import type { TraceEntry } from './trace'
import { createHarness } from '../test/harness'
import { desk } from '../test/fake-protocols'
import type { Input, Params, Scenario } from '../scenario/types'

function simulate(options: {
  leader: string | null | 'all'
  inputs: Input[]
  params?: Params
  seed?: number
  until: number
}) {
  const scenario: Scenario = {
    version: 1,
    protocol: 'desk',
    nodes: 3,
    seed: options.seed ?? 1,
    params: { latencyMs: [10, 10], ...options.params },
    inputs: options.inputs,
  }
  const { ctx, world } = createSimulation(scenario, desk(options.leader))
  runUntil(ctx, world, options.until)
  const trace = ctx.recorder!.entries!.slice()
  return {
    op: world.clients[0]!,
    /** Where and when the client sent its request, attempt by attempt. */
    attempts: trace.flatMap((e) => (e.kind === 'send' && e.from === 'c1' ? [[e.t, e.to]] : [])),
    returns: trace.filter((e): e is Extract<TraceEntry, { kind: 'return' }> => e.kind === 'return'),
    trace,
  }
}

const crashAll: Input[] = ['n1', 'n2', 'n3'].map((node) => ({ at: 0, type: 'crash', node }))

describe('the simulated client', () => {
  it('times out at a crashed node and retries at another one', () => {
    const targets = new Set<unknown>()
    for (let seed = 1; seed <= 20; seed++) {
      const inputs: Input[] = [
        { at: 0, type: 'crash', node: 'n2' },
        { at: 10, type: 'client', op: 'get', key: 'x', node: 'n2' },
      ]
      const run = simulate({ leader: 'all', inputs, seed, until: 1000 })
      expect(run.attempts[0]).toEqual([10, 'n2'])
      expect(run.trace).toContainEqual({ t: 20, kind: 'drop', id: 1, reason: 'crashed' })
      const [t, to] = run.attempts[1]!
      expect(t).toBe(510)
      expect(to).not.toBe('n2')
      expect(run.op).toMatchObject({ outcome: 'ok', output: to, returnedAt: 530, attempts: 2 })
      targets.add(to)
    }
    // The retry picks among the other nodes, not always the same one.
    expect(targets).toEqual(new Set(['n1', 'n3']))
  })

  it('gives up after clientAttempts sends, as a timeout with no return time', () => {
    const inputs: Input[] = [...crashAll, { at: 10, type: 'client', op: 'get', key: 'x' }]
    const params = { clientAttempts: 4, clientTimeoutMs: 100 }
    const run = simulate({ leader: 'all', inputs, params, until: 5000 })
    expect(run.attempts.map(([t]) => t)).toEqual([10, 110, 210, 310])
    // Each retry goes to a node other than the one that just failed.
    for (let i = 1; i < 4; i++) expect(run.attempts[i]![1]).not.toBe(run.attempts[i - 1]![1])
    expect(run.returns).toEqual([
      { t: 410, kind: 'return', op: 0, outcome: 'timeout', output: null },
    ])
    expect(run.op).toMatchObject({
      outcome: 'timeout',
      returnedAt: null,
      output: null,
      attempts: 4,
      invokedAt: 10,
    })
  })

  it('follows a redirect to the leader the node names', () => {
    const inputs: Input[] = [{ at: 10, type: 'client', op: 'get', key: 'x', node: 'n3' }]
    const run = simulate({ leader: 'n1', inputs, until: 1000 })
    expect(run.attempts).toEqual([
      [10, 'n3'],
      [30, 'n1'],
    ])
    expect(run.op).toMatchObject({ outcome: 'ok', output: 'n1', returnedAt: 50, attempts: 2 })
  })

  it('backs off and tries another node when no leader is known', () => {
    const inputs: Input[] = [{ at: 10, type: 'client', op: 'get', key: 'x', node: 'n1' }]
    const params = { clientAttempts: 3 }
    const run = simulate({ leader: null, inputs, params, until: 5000 })
    // Each answer comes back 20 ms after the send; the client waits 50 ms more.
    expect(run.attempts.map(([t]) => t)).toEqual([10, 80, 150])
    expect(run.attempts[1]![1]).not.toBe('n1')
    expect(run.returns).toEqual([
      { t: 220, kind: 'return', op: 0, outcome: 'timeout', output: null },
    ])
  })

  it('completes an operation once when a late reply to an earlier attempt arrives', () => {
    const inputs: Input[] = [{ at: 0, type: 'client', op: 'get', key: 'x', node: 'n1' }]
    const params = { latencyMs: [300, 300], clientTimeoutMs: 500 } as const
    const run = simulate({ leader: 'all', inputs, params, until: 3000 })
    expect(run.attempts.map(([t]) => t)).toEqual([0, 500])
    expect(run.returns).toEqual([{ t: 600, kind: 'return', op: 0, outcome: 'ok', output: 'n1' }])
    expect(run.op).toMatchObject({ outcome: 'ok', output: 'n1', returnedAt: 600, attempts: 2 })
    // The second attempt's answer reached the client and changed nothing.
    const second = run.trace.filter((e) => e.kind === 'deliver' && e.t === 1100)
    expect(second).toHaveLength(1)
  })

  it('ignores a reply that comes after it gave up', () => {
    const inputs: Input[] = [{ at: 0, type: 'client', op: 'get', key: 'x', node: 'n1' }]
    const params = { latencyMs: [300, 300], clientTimeoutMs: 100, clientAttempts: 1 } as const
    const run = simulate({ leader: 'all', inputs, params, until: 3000 })
    expect(run.returns).toEqual([
      { t: 100, kind: 'return', op: 0, outcome: 'timeout', output: null },
    ])
    expect(run.trace).toContainEqual({ t: 600, kind: 'deliver', id: 2 })
    expect(run.op).toMatchObject({ outcome: 'timeout', returnedAt: null, output: null })
  })

  it('gives each operation its own client', () => {
    const inputs: Input[] = [
      { at: 0, type: 'client', op: 'get', key: 'x', node: 'n1' },
      { at: 0, type: 'client', op: 'get', key: 'y', node: 'n2' },
    ]
    const scenario: Scenario = {
      version: 1,
      protocol: 'desk',
      nodes: 3,
      seed: 1,
      params: {},
      inputs,
    }
    const { ctx, world } = createSimulation(scenario, desk('all'))
    runUntil(ctx, world, 1000)
    expect(world.clients.map((c) => [c.client, c.key, c.outcome, c.output])).toEqual([
      ['c1', 'x', 'ok', 'n1'],
      ['c2', 'y', 'ok', 'n2'],
    ])
  })

  it('reaches the Raft leader through a redirect from a follower', () => {
    const t = createHarness({ nodes: 5, seed: 3 }).runFor(1000)
    const leader = t.leader()!
    const follower = ['n1', 'n2', 'n3', 'n4', 'n5'].find((id) => id !== leader)!
    t.put('x', '1', follower).runFor(500)
    const entries = t.sim.ctx.recorder!.entries!.slice()
    const targets = entries.flatMap((e) => (e.kind === 'send' && e.from === 'c1' ? [e.to] : []))
    expect(targets).toEqual([follower, leader])
    expect(t.sim.world.clients[0]).toMatchObject({ outcome: 'ok', attempts: 2 })
    expect(t.node(leader).store).toEqual({ x: '1' })
  })
})
