import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { RAFT_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { defaultUntil, runScenario } from '../../../sim/summary'
import { Timeline } from '../../../timeline/timeline'
import type { Preset } from '../../../scenario/preset'
import type { TraceEntry } from '../../../sim/trace'
import type { Entry } from '../types'

const raft = protocolLookup.get('raft')!

interface RaftNode {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly term: number
  readonly votedFor: string | null
  readonly commitIndex: number
  readonly log: readonly Entry[]
  readonly store: Readonly<Record<string, string>>
}

function preset(id: string): Preset {
  const found = RAFT_GALLERY.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no preset "${id}"`)
  return found
}

/** The cluster at time t, by node id, as the CLI would print it. */
function at(p: Preset, t: number) {
  const summary = runScenario(p.scenario, raft, t)
  const nodes = Object.fromEntries(summary.nodes.map((n) => [n.id, n as unknown as RaftNode]))
  return { nodes, history: summary.history, violations: summary.violations }
}

function traceTo(p: Preset, t: number): readonly TraceEntry[] {
  const timeline = new Timeline(p.scenario, raft)
  timeline.extendTo(t)
  return timeline.trace.slice().filter((e) => e.t <= t)
}

const terms = (n: RaftNode) => n.log.map((e) => e.term)
const index2 = (n: RaftNode) => n.log[1]?.term
/** The log's client writes, as `key=value`; the leaders' no-ops left out. */
const writes = (n: RaftNode) =>
  n.log.filter((e) => e.command.op === 'put').map((e) => `${e.command.key}=${e.command.value}`)
const roles = (nodes: Record<string, RaftNode>, role: string) =>
  Object.values(nodes)
    .filter((n) => n.up && n.role === role)
    .map((n) => n.id)
/** Node and term of every state change into `role`, once each. */
function became(trace: readonly TraceEntry[], role: string): string[] {
  const seen = trace.flatMap((e) =>
    e.kind === 'state' && e.role === role ? [`${e.node}@${e.term}`] : [],
  )
  return [...new Set(seen)]
}

describe('the Raft gallery', () => {
  it('tells its stories in teaching order, each under a unique kebab-case id', () => {
    expect(RAFT_GALLERY.map((p) => p.id)).toEqual([
      'leader-election',
      'leader-crash',
      'split-vote',
      'split-brain',
      'log-repair',
      'lossy-network',
      'flapping-partition',
      'catch-up',
      'figure-8',
    ])
    for (const p of RAFT_GALLERY) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  describe.each(RAFT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no safety property in its whole run', () => {
      expect(at(p, defaultUntil(p.scenario)).violations).toEqual([])
    })
  })
})

describe('leader election', () => {
  const p = preset('leader-election')

  it('opens just after n1, the only candidate, wins term 1', () => {
    const { nodes } = at(p, p.t)
    expect(roles(nodes, 'leader')).toEqual(['n1'])
    expect(nodes['n1']!.term).toBe(1)
    for (const id of ['n2', 'n3', 'n4', 'n5']) {
      expect(nodes[id]).toMatchObject({ role: 'follower', term: 1, votedFor: 'n1' })
    }
    expect(became(traceTo(p, p.t), 'candidate')).toEqual(['n1@1'])
  })

  it('keeps its leader: heartbeats hold off other elections', () => {
    const { nodes } = at(p, 2000)
    expect(roles(nodes, 'leader')).toEqual(['n1'])
    expect(Object.values(nodes).map((n) => n.term)).toEqual([1, 1, 1, 1, 1])
  })
})

describe('leader crash', () => {
  const p = preset('leader-crash')

  it('opens with n3 leading term 2 after n1 crashed, x = 1 kept everywhere', () => {
    const { nodes } = at(p, p.t)
    expect(nodes['n1']).toMatchObject({ up: false, term: 1 })
    expect(roles(nodes, 'leader')).toEqual(['n3'])
    expect(nodes['n3']!.term).toBe(2)
    for (const id of ['n2', 'n4', 'n5']) {
      expect(nodes[id]).toMatchObject({ role: 'follower', term: 2 })
    }
    for (const node of Object.values(nodes)) expect(writes(node)).toEqual(['x=1'])
    expect(nodes['n3']!.store).toEqual({ x: '1' })
  })

  it('commits y = 2 under n3 and takes n1 back as a follower of term 2', () => {
    const { nodes, history } = at(p, 2100)
    expect(nodes['n1']).toMatchObject({ up: true, role: 'follower', term: 2 })
    for (const node of Object.values(nodes)) expect(node.store).toEqual({ x: '1', y: '2' })
    expect(history.map((h) => h.outcome)).toEqual(['ok', 'ok'])
  })
})

describe('split vote', () => {
  const p = preset('split-vote')

  it('opens with two candidates of term 1 holding two votes each', () => {
    const { nodes } = at(p, p.t)
    expect(roles(nodes, 'candidate')).toEqual(['n1', 'n3'])
    expect(roles(nodes, 'leader')).toEqual([])
    for (const node of Object.values(nodes)) expect(node.term).toBe(1)
    expect(nodes['n2']!.votedFor).toBe('n1')
    expect(nodes['n4']!.votedFor).toBe('n3')
  })

  it('elects nobody in term 1 and n3 in term 2', () => {
    const { nodes } = at(p, 400)
    expect(roles(nodes, 'leader')).toEqual(['n3'])
    expect(nodes['n3']!.term).toBe(2)
    expect(became(traceTo(p, 400), 'leader')).toEqual(['n3@2'])
  })
})

describe('minority partition (split brain)', () => {
  const p = preset('split-brain')

  it('opens with two leaders, in terms 1 and 2; only the majority commits', () => {
    const { nodes } = at(p, p.t)
    expect(roles(nodes, 'leader')).toEqual(['n1', 'n4'])
    expect(nodes['n1']!.term).toBe(1)
    expect(nodes['n4']!.term).toBe(2)
    expect(writes(nodes['n1']!)).toEqual(['x=1', 'x=2'])
    expect(nodes['n1']!.commitIndex).toBe(2)
    expect(nodes['n1']!.log).toHaveLength(3)
    expect(nodes['n1']!.store).toEqual({ x: '1' })
    expect(nodes['n4']!.store).toEqual({ x: '1', y: '1' })
  })

  it('heals: n1 steps down and its uncommitted x = 2 is gone for good', () => {
    const { nodes, history } = at(p, 2300)
    expect(roles(nodes, 'leader')).toEqual(['n4'])
    expect(nodes['n1']).toMatchObject({ role: 'follower', term: 2 })
    for (const node of Object.values(nodes)) {
      expect(writes(node)).toEqual(['x=1', 'y=1'])
      expect(node.store).toEqual({ x: '1', y: '1' })
    }
    const x2 = history.find((h) => h.value === '2')!
    expect(x2.outcome).toBe('timeout')
  })
})

describe('log divergence and repair', () => {
  const p = preset('log-repair')

  it('opens with n2 holding a longer log whose last term is older', () => {
    const { nodes } = at(p, p.t)
    expect(writes(nodes['n2']!)).toEqual(['x=1', 'a=1', 'b=1', 'c=1'])
    expect(terms(nodes['n2']!)).toEqual([1, 1, 1, 1, 1])
    expect(writes(nodes['n1']!)).toEqual(['x=1', 'a=1', 'b=1', 'c=1'])
    expect(roles(nodes, 'leader')).toEqual(['n4'])
    expect(terms(nodes['n4']!)).toEqual([1, 1, 2, 2])
    expect(writes(nodes['n4']!)).toEqual(['x=1', 'y=1'])
    expect(nodes['n4']!.commitIndex).toBe(4)
  })

  it("overwrites n2's entries, then n1's when it restarts", () => {
    const healed = at(p, 2000).nodes
    expect(healed['n2']!.log).toEqual(healed['n4']!.log)
    expect(healed['n2']!.store).toEqual({ x: '1', y: '1' })
    expect(writes(healed['n1']!)).toEqual(['x=1', 'a=1', 'b=1', 'c=1'])
    const restarted = at(p, 2400).nodes
    expect(restarted['n1']!.log).toEqual(restarted['n4']!.log)
    expect(restarted['n1']!.store).toEqual({ x: '1', y: '1' })
  })
})

describe('lossy network', () => {
  const p = preset('lossy-network')

  it('loses many messages, changes leader, and still commits every write', () => {
    const { nodes, history } = at(p, p.t)
    expect(roles(nodes, 'leader')).toEqual(['n5'])
    expect(nodes['n5']!.term).toBe(2)
    expect(history.map((h) => h.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
    const all = { k1: '1', k2: '2', k3: '3', k4: '4', k5: '5' }
    for (const node of Object.values(nodes)) expect(node.store).toEqual(all)
    const trace = traceTo(p, p.t)
    const lost = trace.filter((e) => e.kind === 'drop' && e.reason === 'loss')
    expect(lost.length).toBeGreaterThanOrEqual(30)
    expect(lost.every((e) => e.t >= 500)).toBe(true)
    expect(became(trace, 'leader')).toEqual(['n1@1', 'n5@2'])
  })
})

describe('flapping partition', () => {
  const p = preset('flapping-partition')

  it('climbs to term 14 through repeated elections, and commits all six writes', () => {
    const { nodes, history } = at(p, p.t)
    expect(roles(nodes, 'leader')).toEqual(['n1'])
    expect(nodes['n1']!.term).toBe(14)
    expect(became(traceTo(p, p.t), 'leader').length).toBeGreaterThanOrEqual(6)
    expect(history.map((h) => h.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok'])
    expect(Object.keys(nodes['n1']!.store).sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'k6'])
    // n3 fell behind while it flapped …
    expect(nodes['n3']!.log.length).toBeLessThan(nodes['n1']!.log.length)
    // … and catches up once its links stay up.
    const later = at(p, 5000).nodes
    expect(later['n3']!.log).toEqual(later['n1']!.log)
  })
})

describe('a follower catches up', () => {
  const p = preset('catch-up')

  it('is still behind just after restarting, refusing what n4 sends', () => {
    const { nodes } = at(p, 2200)
    expect(nodes['n5']).toMatchObject({ up: true, role: 'follower' })
    expect(nodes['n5']!.log).toHaveLength(1)
    expect(roles(nodes, 'leader')).toEqual(['n4'])
    expect(nodes['n4']!.log).toHaveLength(22)
  })

  it('opens just after n5 caught up, having refused many probes', () => {
    const { nodes } = at(p, p.t)
    expect(nodes['n5']!.log).toEqual(nodes['n4']!.log)
    expect(nodes['n5']!.commitIndex).toBe(22)
    expect(Object.keys(nodes['n5']!.store)).toHaveLength(20)
    const refusals = traceTo(p, p.t).filter(
      (e) =>
        e.kind === 'send' &&
        e.t >= 2100 &&
        e.from === 'n5' &&
        e.payload.type === 'AppendEntriesReply' &&
        !(e.payload as unknown as { success: boolean }).success,
    )
    expect(refusals.length).toBeGreaterThanOrEqual(10)
  })
})

describe('Figure 8', () => {
  const p = preset('figure-8')

  it('turns off the no-op and goes through (a) and (b) as the paper does', () => {
    expect(p.scenario.params['leaderNoop']).toBe(false)
    const leaders = became(traceTo(p, p.t), 'leader')
    expect(leaders).toEqual(['n2@1', 'n1@2', 'n5@3', 'n1@4'])
  })

  it('(c): a term-2 entry on a majority, not committed by the term-4 leader', () => {
    const { nodes } = at(p, p.t)
    expect(nodes['n1']).toMatchObject({ up: true, role: 'leader', term: 4 })
    expect(nodes['n1']!.commitIndex).toBeLessThan(2)
    expect(terms(nodes['n1']!)).toEqual([1, 2, 4])
    const holders = Object.values(nodes).filter((n) => index2(n) === 2)
    expect(holders.map((n) => n.id)).toEqual(['n1', 'n2', 'n3'])
    expect(terms(nodes['n4']!)).toEqual([1])
    expect(nodes['n5']).toMatchObject({ up: false })
    expect(terms(nodes['n5']!)).toEqual([1, 3])
    for (const node of Object.values(nodes)) expect(node.store).not.toEqual({ x: '2' })
  })

  it('(d): n5 wins term 5 and overwrites index 2 with term 3 on a majority', () => {
    const { nodes } = at(p, 1350)
    expect(nodes['n1']).toMatchObject({ up: false })
    expect(roles(nodes, 'leader')).toEqual(['n5'])
    expect(nodes['n5']!.term).toBe(5)
    const holders = Object.values(nodes).filter((n) => index2(n) === 3)
    expect(holders.map((n) => n.id)).toEqual(['n2', 'n3', 'n4', 'n5'])
  })

  it('ends with x = 3 committed under term 5 and x = 2 lost, on every node', () => {
    const { nodes } = at(p, 2000)
    for (const node of Object.values(nodes)) {
      expect(terms(node)).toEqual([1, 3, 5])
      expect(node.store).toEqual({ x: '5' })
    }
    // Index 2 was first committed by n5 in term 5, when it held x = 3: x = 2 never was.
    const first = traceTo(p, 2000).find((e) => e.kind === 'state' && (e.commit ?? 0) >= 2)
    expect(first).toMatchObject({ node: 'n5', role: 'leader', term: 5 })
  })
})
