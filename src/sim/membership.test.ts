import { describe, expect, it } from 'vitest'
import { createSimulation, runUntil } from './kernel'
import { runScenario } from './summary'
import { roster, PING_TICK_MS, type PingState } from '../test/fake-protocols'
import { RAFT_FIXTURE } from '../test/spec-fixture'
import { parseScenario } from '../scenario/validate'
import { Timeline } from '../timeline/timeline'
import type { Input, Scenario } from '../scenario/types'
import type { Protocol } from './protocol'

const lookup = (name: string) =>
  name === 'roster' ? roster.spec : name === 'raft' ? RAFT_FIXTURE : undefined

const scenario = (inputs: Input[], nodes = 3): Scenario => ({
  version: 1,
  protocol: 'roster',
  nodes,
  seed: 7,
  params: {},
  inputs,
})

const errorOf = (raw: unknown) => {
  const parsed = parseScenario(raw, lookup)
  return parsed.ok ? null : parsed.error
}

describe('join and leave inputs: validation', () => {
  it('takes them in a protocol whose nodes may come and go', () => {
    const s = scenario([
      { at: 100, type: 'join' },
      { at: 200, type: 'crash', node: 'n4' },
      { at: 300, type: 'leave', node: 'n1' },
    ])
    expect(parseScenario(s, lookup)).toEqual({ ok: true, scenario: s })
  })

  it('refuses them, by name, in a protocol whose nodes are fixed', () => {
    const raw = { ...scenario([{ at: 100, type: 'join' }]), protocol: 'raft', nodes: 5 }
    expect(errorOf(raw)).toBe(
      'inputs[0].type: Raft does not take "join" inputs: its nodes are fixed for the run',
    )
    // The list of known types a protocol gives leaves out what it does not take.
    expect(errorOf({ ...raw, inputs: [{ at: 0, type: 'explode' }] })).not.toMatch(/join/)
  })

  it('names a node that has not joined yet, and the join that brings it in', () => {
    const raw = scenario([
      { at: 100, type: 'crash', node: 'n4' },
      { at: 500, type: 'join' },
    ])
    expect(errorOf(raw)).toBe(
      'inputs[0].node: "n4" has not joined yet: it joins at inputs[1] (500 ms)',
    )
    const partition = scenario([
      { at: 100, type: 'partition', groups: [['n1'], ['n4']] },
      { at: 500, type: 'join' },
    ])
    expect(errorOf(partition)).toMatch(/^inputs\[0\]\.groups\[1\]\[0\]: "n4" has not joined yet/)
  })

  it('refuses a node no join brings in, and a join past the largest cluster', () => {
    const raw = scenario([
      { at: 100, type: 'join' },
      { at: 200, type: 'leave', node: 'n5' },
    ])
    expect(errorOf(raw)).toBe('inputs[1].node: no node "n5" in a 3-node cluster and 1 join')
    const full = scenario(
      Array.from({ length: 3 }, (_, i) => ({ at: i, type: 'join' as const })),
      7,
    )
    expect(errorOf(full)).toBe('inputs[2].type: one join too many: roster runs at most 9 nodes')
  })
})

/** Who each ping in the run went from and to, after `from` ms. */
function pingsAfter(s: Scenario, from: number, until: number) {
  const sim = createSimulation(s, roster as unknown as Protocol)
  runUntil(sim.ctx, sim.world, until)
  return sim.ctx
    .recorder!.entries!.slice()
    .flatMap((e) =>
      e.kind === 'send' && e.t > from && e.payload.type === 'Ping' ? [`${e.from}>${e.to}`] : [],
    )
}

describe('join and leave inputs: the kernel', () => {
  const run = scenario([
    { at: 450, type: 'join' },
    { at: 950, type: 'leave', node: 'n2' },
    { at: 1000, type: 'crash', node: 'n2' },
    { at: 1100, type: 'client', op: 'get', key: 'x' },
    { at: 1101, type: 'client', op: 'get', key: 'x' },
    { at: 1102, type: 'client', op: 'get', key: 'x' },
    { at: 1103, type: 'client', op: 'get', key: 'x' },
  ])

  it('starts a newcomer with the members as peers, and tells every member of it', () => {
    const before = pingsAfter(run, 0, 440)
    expect(before.some((p) => p.endsWith('>n4'))).toBe(false)
    const after = new Set(pingsAfter(run, 450 + PING_TICK_MS, 900))
    for (const p of ['n1>n4', 'n2>n4', 'n3>n4', 'n4>n1', 'n4>n2', 'n4>n3']) {
      expect(after).toContain(p)
    }
  })

  it('stops a node that leaves for good: no one pings it, it is `left`, and a crash of it is ignored', () => {
    const late = pingsAfter(run, 950 + PING_TICK_MS, 2000)
    expect(late.filter((p) => p.includes('n2'))).toEqual([])
    const summary = runScenario(run, roster as unknown as Protocol, 2000)
    expect(summary.nodes.map((n) => [n.id, n.role])).toEqual([
      ['n1', 'pinger'],
      ['n2', 'left'],
      ['n3', 'pinger'],
      ['n4', 'pinger'],
    ])
    const sim = createSimulation(run, roster as unknown as Protocol)
    runUntil(sim.ctx, sim.world, 2000)
    const crash = sim.ctx
      .recorder!.entries!.slice()
      .find((e) => e.kind === 'input' && e.index === 2)
    expect(crash).toMatchObject({ ignored: 'n2 is not in the cluster' })
    // Clients ask members only: every answer comes from a node still in the cluster.
    expect(summary.history.map((h) => h.output).sort()).not.toContain('n2')
    expect(summary.history.every((h) => h.ok)).toBe(true)
  })

  it('lists a node that has yet to join nowhere, and seeks back across a join to the same world', () => {
    expect(runScenario(run, roster as unknown as Protocol, 400).nodes.map((n) => n.id)).toEqual([
      'n1',
      'n2',
      'n3',
    ])
    const timeline = new Timeline(run, roster as unknown as Protocol, { interval: 200 })
    timeline.seek(2000)
    const there = timeline.seek(700)
    const fresh = createSimulation(run, roster as unknown as Protocol, { keepTrace: false })
    runUntil(fresh.ctx, fresh.world, 700)
    expect(there.nodes.map((n) => (n.state as PingState | null)?.peers ?? n.absent)).toEqual(
      fresh.world.nodes.map((n) => (n.state as PingState | null)?.peers ?? n.absent),
    )
    expect(runScenario(run, roster as unknown as Protocol, 2000).traceHash).toBe(
      runScenario(run, roster as unknown as Protocol, 2000).traceHash,
    )
  })
})
