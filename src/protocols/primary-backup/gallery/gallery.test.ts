import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { PB_GALLERY, PB_VARIANT_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { presentationLookup } from '../../presentations'
import { defaultUntil, runScenario } from '../../../sim/summary'
import { createSimulation, runUntil } from '../../../sim/kernel'
import { checkClientHistory } from '../../../check/client-history'
import type { Preset } from '../../../scenario/preset'
import type { TraceEntry } from '../../../sim/trace'

const pb = protocolLookup.get('primary-backup')!

interface PbNode {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly view: number
  readonly store: Readonly<Record<string, string>>
}

function preset(id: string): Preset {
  const found = PB_GALLERY.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no preset "${id}"`)
  return found
}

/** The cluster at time t, by node id, as the CLI would print it. */
function at(p: Preset, t: number) {
  const summary = runScenario(p.scenario, pb, t)
  const nodes = Object.fromEntries(summary.nodes.map((n) => [n.id, n as unknown as PbNode]))
  return { nodes, history: summary.history, violations: summary.violations }
}

/** Accessible names, as the cluster view gives them. */
const names = (nodes: Record<string, PbNode>) =>
  Object.values(nodes).map((n) =>
    !n.up
      ? `${n.id}: crashed`
      : n.view === 0
        ? `${n.id}: ${n.role}`
        : `${n.id}: ${n.role}, view ${n.view}`,
  )

function said(p: Preset, t: number, type: string): string[] {
  const { ctx, world } = createSimulation(p.scenario, pb)
  runUntil(ctx, world, t)
  return (ctx.recorder!.entries!.slice() as readonly TraceEntry[]).flatMap((e) =>
    e.kind === 'send' && e.payload.type === type
      ? [pb.describeMessage!(e.from, e.to, e.payload)!]
      : [],
  )
}

describe('the primary-backup gallery', () => {
  it('tells its stories in teaching order, under ids unique across the app', () => {
    expect(PB_GALLERY.map((p) => p.id)).toEqual([
      'primary-backup-normal-operation',
      'primary-backup-primary-crash',
      'primary-backup-backup-crash',
      'primary-backup-cut-off-primary',
      'primary-backup-view-service-crash',
    ])
    const everyId = [...presentationLookup.values()].flatMap((s) =>
      s.gallery.flatMap((section) => section.presets.map((q) => q.id)),
    )
    expect(new Set(everyId).size).toBe(everyId.length)
    for (const p of [...PB_GALLERY, ...PB_VARIANT_GALLERY]) {
      expect(p.id).toMatch(/^primary-backup(-[a-z0-9]+)+$/)
      expect(p.scenario.nodes).toBe(4)
    }
  })

  describe.each(PB_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no safety property in its whole run, and its history is linearizable', () => {
      const run = runScenario(p.scenario, pb, defaultUntil(p.scenario))
      expect(run.violations).toEqual([])
      expect(checkClientHistory(run.history)?.result.linearizable).toBe(true)
    })
  })
})

describe('normal operation', () => {
  const p = preset('primary-backup-normal-operation')

  it('opens with view 1 (n1 primary, n2 backup) and every request answered through n2', () => {
    const { nodes, history } = at(p, p.t)
    expect(names(nodes)).toEqual([
      'n1: primary, view 1',
      'n2: backup, view 1',
      'n3: idle, view 1',
      'n4: view service, view 1',
    ])
    expect(nodes['n2']!.store).toEqual({ x: '1', y: '2' })
    expect(history.map((h) => h.outcome)).toEqual(['ok', 'ok', 'ok'])
    expect(said(p, p.t, 'ForwardOp')).toEqual([
      'n1 forwarded put x = 1 to n2 (view 1)',
      'n1 forwarded put y = 2 to n2 (view 1)',
      'n1 forwarded get x to n2 (view 1)',
    ])
    expect(said(p, p.t, 'StateTransfer')).toEqual([
      'n1 sent its whole state to n2 (view 1, 0 keys)',
    ])
  })
})

describe('primary crash', () => {
  const p = preset('primary-backup-primary-crash')

  it('promotes n2 in view 2 with n3 as backup, which gets x = 1 by state transfer', () => {
    const { nodes, history } = at(p, p.t)
    expect(names(nodes)).toEqual([
      'n1: crashed',
      'n2: primary, view 2',
      'n3: backup, view 2',
      'n4: view service, view 2',
    ])
    expect(said(p, p.t, 'StateTransfer')).toContain('n2 sent its whole state to n3 (view 2, 1 key)')
    for (const id of ['n2', 'n3']) expect(nodes[id]!.store).toEqual({ x: '1', y: '2' })
    expect(history.map((h) => h.outcome)).toEqual(['ok', 'ok'])
  })
})

describe('backup crash', () => {
  const p = preset('primary-backup-backup-crash')

  it('keeps n1 primary and takes n3 as backup in view 2; n2 comes back idle and empty', () => {
    const { nodes } = at(p, p.t)
    expect(names(nodes)).toEqual([
      'n1: primary, view 2',
      'n2: crashed',
      'n3: backup, view 2',
      'n4: view service, view 2',
    ])
    const later = at(p, 2000)
    expect(later.nodes['n2']).toMatchObject({ up: true, role: 'idle', view: 2, store: {} })
    expect(later.nodes['n3']!.store).toEqual({ x: '1', y: '2' })
  })
})

describe('a primary cut off from the view service', () => {
  const p = preset('primary-backup-cut-off-primary')

  it('opens with two primaries of different views; n1 cannot answer the read alone', () => {
    const { nodes, history } = at(p, p.t)
    expect(names(nodes)).toEqual([
      'n1: primary, view 1',
      'n2: primary, view 2',
      'n3: backup, view 2',
      'n4: view service, view 2',
    ])
    expect(nodes['n1']!.store).toEqual({ x: '1' })
    expect(history.map((h) => h.outcome)).toEqual(['ok', 'ok', 'pending'])
    expect(said(p, p.t, 'ForwardOp')).toContain('n1 forwarded get x to n2 (view 1)')
  })

  it('answers the read with 2 once the client tries elsewhere', () => {
    const { history } = at(p, 2500)
    expect(history[2]).toMatchObject({ op: 'get', outcome: 'ok', output: '2' })
  })
})

describe('the view service crashing', () => {
  const p = preset('primary-backup-view-service-crash')

  it('stalls safely while n4 is down: n2 stays backup and the put waits', () => {
    const { nodes, history } = at(p, p.t)
    expect(names(nodes)).toEqual([
      'n1: crashed',
      'n2: backup, view 1',
      'n3: idle, view 1',
      'n4: crashed',
    ])
    expect(history[1]).toMatchObject({ key: 'y', outcome: 'pending' })
  })

  it('resumes at view 2 when n4 restarts with the view it kept', () => {
    const { nodes, history } = at(p, 2500)
    expect(names(nodes)).toEqual([
      'n1: crashed',
      'n2: primary, view 2',
      'n3: backup, view 2',
      'n4: view service, view 2',
    ])
    expect(history.map((h) => h.outcome)).toEqual(['ok', 'ok'])
  })
})
