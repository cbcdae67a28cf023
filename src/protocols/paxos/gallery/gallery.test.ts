import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { PAXOS_GALLERY, PAXOS_VARIANT_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { presentationLookup } from '../../presentations'
import { defaultUntil, runScenario } from '../../../sim/summary'
import { createSimulation, runUntil } from '../../../sim/kernel'
import type { Preset } from '../../../scenario/preset'
import type { TraceEntry } from '../../../sim/trace'
import type { SlotEntry } from '../describe'

const paxos = protocolLookup.get('paxos')!

interface PaxosNode {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly ballot: string
  readonly applied: number
  readonly log: readonly SlotEntry[]
  readonly store: Readonly<Record<string, string>>
}

function preset(id: string): Preset {
  const found = PAXOS_GALLERY.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no preset "${id}"`)
  return found
}

/** The cluster at time t, by node id, as the CLI would print it. */
function at(p: Preset, t: number) {
  const summary = runScenario(p.scenario, paxos, t)
  const nodes = Object.fromEntries(summary.nodes.map((n) => [n.id, n as unknown as PaxosNode]))
  return { nodes, history: summary.history, violations: summary.violations }
}

function traceTo(p: Preset, t: number): readonly TraceEntry[] {
  const { ctx, world } = createSimulation(p.scenario, paxos)
  runUntil(ctx, world, t)
  return ctx.recorder!.entries!.slice()
}

const text = (e: SlotEntry) =>
  e.command.op === 'noop' ? 'no-op' : `${e.command.op} ${e.command.key}=${e.command.value}`
/** What a node knows chosen, slot by slot. */
const chosen = (n: PaxosNode) => n.log.filter((e) => e.chosen).map(text)
const roles = (nodes: Record<string, PaxosNode>, role: string) =>
  Object.values(nodes)
    .filter((n) => n.up && n.role === role)
    .map((n) => n.id)
const sends = (trace: readonly TraceEntry[], type: string) =>
  trace.flatMap((e) => (e.kind === 'send' && e.payload.type === type ? [e] : []))
const said = (trace: readonly TraceEntry[], from: string, to: string, type: string) =>
  sends(trace, type)
    .filter((e) => e.from === from && e.to === to)
    .map((e) => paxos.describeMessage!(e.from, e.to, e.payload))

describe('the Multi-Paxos gallery', () => {
  it('tells its stories in teaching order, under ids unique across the app', () => {
    expect(PAXOS_GALLERY.map((p) => p.id)).toEqual([
      'paxos-normal-operation',
      'paxos-leader-crash',
      'paxos-minority-partition',
      'paxos-dueling-proposers',
      'paxos-random-backoff',
    ])
    const everyId = [...presentationLookup.values()].flatMap((s) =>
      s.gallery.flatMap((section) => section.presets.map((q) => q.id)),
    )
    expect(new Set(everyId).size).toBe(everyId.length)
    for (const p of [...PAXOS_GALLERY, ...PAXOS_VARIANT_GALLERY]) {
      expect(p.id).toMatch(/^paxos(-[a-z0-9]+)+$/)
    }
  })

  describe.each(PAXOS_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no safety property in its whole run', () => {
      expect(at(p, defaultUntil(p.scenario)).violations).toEqual([])
    })
  })
})

describe('normal operation', () => {
  const p = preset('paxos-normal-operation')

  it('runs Phase 1 once, from n2 at ballot 1.2, and never again', () => {
    const trace = traceTo(p, 2000)
    const prepares = sends(trace, 'Prepare')
    expect(prepares.map((e) => e.from)).toEqual(['n2', 'n2', 'n2', 'n2'])
    expect(new Set(prepares.map((e) => e.t)).size).toBe(1)
    expect(said(trace, 'n4', 'n2', 'Promise')).toEqual(['n4 promised ballot 1.2 to n2'])
  })

  it('opens with three commands chosen in three slots everywhere, the get reading x = 1', () => {
    const { nodes, history } = at(p, p.t)
    expect(roles(nodes, 'leader')).toEqual(['n2'])
    for (const node of Object.values(nodes)) {
      expect(node.ballot).toBe('1.2')
      expect(chosen(node)).toEqual(['put x=1', 'put y=2', 'get x=null'])
      expect(node.store).toEqual({ x: '1', y: '2' })
    }
    expect(history.map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['put', 'ok', null],
      ['get', 'ok', '1'],
    ])
  })
})

describe('leader crash mid-slot', () => {
  const p = preset('paxos-leader-crash')

  it('leaves x = 1 accepted by n4 and n5 only, unknown to anyone, when n2 crashes', () => {
    const { nodes } = at(p, 600)
    expect(nodes['n2']).toMatchObject({ up: false, ballot: '1.2' })
    expect(nodes['n2']!.log).toMatchObject([{ slot: 1, ballot: '1.2', chosen: false }])
    for (const id of ['n4', 'n5']) {
      expect(nodes[id]!.log).toMatchObject([{ slot: 1, ballot: '1.2', chosen: false }])
    }
    for (const id of ['n1', 'n3']) expect(nodes[id]!.log).toEqual([])
  })

  it('opens as n3, leading ballot 2.3, proposes the x = 1 the promises reported', () => {
    const { nodes } = at(p, p.t)
    expect(roles(nodes, 'leader')).toEqual(['n3'])
    expect(nodes['n3']!.ballot).toBe('2.3')
    const trace = traceTo(p, p.t)
    expect(said(trace, 'n5', 'n3', 'Promise')).toEqual([
      'n5 promised ballot 2.3 to n3, reporting 1 accepted value',
    ])
    expect(said(trace, 'n3', 'n1', 'Accept')).toEqual([
      'n3 asks n1 to accept put x=1 in slot 1 at ballot 2.3',
    ])
  })

  it('learns x = 1 everywhere, answers the retried put once, and catches n2 up', () => {
    const { nodes, history } = at(p, 1500)
    for (const node of Object.values(nodes)) {
      expect(chosen(node)).toEqual(['put x=1'])
      expect(node.store).toEqual({ x: '1' })
    }
    expect(nodes['n2']).toMatchObject({ up: true, role: 'acceptor', ballot: '2.3' })
    expect(history).toMatchObject([{ op: 'put', outcome: 'ok' }])
  })
})

describe('minority partition', () => {
  const p = preset('paxos-minority-partition')

  it('opens with two leaders; only the majority chooses slot 2', () => {
    const { nodes } = at(p, p.t)
    expect(roles(nodes, 'leader')).toEqual(['n2', 'n5'])
    expect(nodes['n2']!.ballot).toBe('1.2')
    expect(nodes['n5']!.ballot).toBe('2.5')
    for (const id of ['n1', 'n2']) {
      expect(nodes[id]!.log.map((e) => [text(e), e.chosen])).toEqual([
        ['put x=1', true],
        ['put y=2', false],
      ])
      expect(nodes[id]!.store).toEqual({ x: '1' })
    }
    for (const id of ['n3', 'n4', 'n5']) {
      expect(chosen(nodes[id]!)).toEqual(['put x=1', 'put z=3'])
      expect(nodes[id]!.store).toEqual({ x: '1', z: '3' })
    }
  })

  it('heals: n1 and n2 follow ballot 2.5 and learn z = 3; y = 2 is never chosen', () => {
    const { nodes, history } = at(p, 2200)
    expect(roles(nodes, 'leader')).toEqual(['n5'])
    for (const node of Object.values(nodes)) {
      expect(node.ballot).toBe('2.5')
      expect(chosen(node)).toEqual(['put x=1', 'put z=3'])
    }
    expect(history.map((h) => [h.value, h.outcome])).toEqual([
      ['1', 'ok'],
      ['2', 'timeout'],
      ['3', 'ok'],
    ])
  })
})

describe('dueling proposers', () => {
  const duel = preset('paxos-dueling-proposers')
  const fixed = preset('paxos-random-backoff')

  it('without backoff: the ballots keep climbing and nothing is ever chosen', () => {
    expect(duel.scenario.params['randomBackoff']).toBe(false)
    const { nodes } = at(duel, duel.t)
    const rounds = Object.values(nodes).map((n) => Number(n.ballot.split('.')[0]))
    expect(Math.max(...rounds)).toBeGreaterThanOrEqual(10)
    const later = at(duel, 3000)
    for (const node of Object.values(later.nodes)) {
      expect(node.applied).toBe(0)
      expect(Number(node.ballot.split('.')[0])).toBeGreaterThanOrEqual(100)
    }
    // n1 and n2 keep taking turns; the others never try.
    const proposers = new Set(sends(traceTo(duel, 3000), 'Prepare').map((e) => e.from))
    expect([...proposers].sort()).toEqual(['n1', 'n2'])
    expect(later.history[0]).toMatchObject({ outcome: 'timeout' })
  })

  it('with random backoff: n2 leads ballot 1.2 and x = 1 is chosen at once', () => {
    expect(fixed.scenario.inputs).toEqual(duel.scenario.inputs)
    const { nodes, history } = at(fixed, fixed.t)
    expect(roles(nodes, 'leader')).toEqual(['n2'])
    expect(nodes['n1']).toMatchObject({ role: 'acceptor', ballot: '1.2' })
    expect(history[0]).toMatchObject({ outcome: 'ok' })
    expect(history[0]!.returnedAt).toBeLessThanOrEqual(fixed.t)
    const prepares = sends(traceTo(fixed, 3000), 'Prepare')
    expect(
      new Set(prepares.map((e) => (e.payload as unknown as { ballot: number }).ballot)),
    ).toEqual(new Set([101, 102]))
  })
})
