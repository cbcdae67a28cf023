import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { CHAIN_GALLERY, CHAIN_VARIANT_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { presentationLookup } from '../../presentations'
import { defaultUntil, runScenario } from '../../../sim/summary'
import { createSimulation, runUntil } from '../../../sim/kernel'
import { checkClientHistory } from '../../../check/client-history'
import type { Preset } from '../../../scenario/preset'
import type { TraceEntry } from '../../../sim/trace'
import type { HistEntry } from '../describe'

const chain = protocolLookup.get('chain')!

interface ChainNode {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly version: number
  readonly chain: readonly string[]
  readonly acked: number
  readonly last: number
  readonly hist: readonly HistEntry[]
  readonly sent: readonly number[]
  readonly store: Readonly<Record<string, string>>
}

function preset(id: string): Preset {
  const found = CHAIN_GALLERY.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no preset "${id}"`)
  return found
}

/** The cluster at time t, by node id, as the CLI would print it. */
function at(p: Preset, t: number) {
  const summary = runScenario(p.scenario, chain, t)
  const nodes = Object.fromEntries(summary.nodes.map((n) => [n.id, n as unknown as ChainNode]))
  return { nodes, history: summary.history, violations: summary.violations }
}

function said(p: Preset, t: number, type: string): string[] {
  const { ctx, world } = createSimulation(p.scenario, chain)
  runUntil(ctx, world, t)
  return (ctx.recorder!.entries!.slice() as readonly TraceEntry[]).flatMap((e) =>
    e.kind === 'send' && e.payload.type === type
      ? [chain.describeMessage!(e.from, e.to, e.payload)!]
      : [],
  )
}

const roles = (nodes: Record<string, ChainNode>) =>
  Object.values(nodes).map((n) => (n.up ? n.role : 'crashed'))
const seqs = (n: ChainNode) => n.hist.map((e) => e.seq)

describe('the chain-replication gallery', () => {
  it('tells its stories in teaching order, under ids unique across the app', () => {
    expect(CHAIN_GALLERY.map((p) => p.id)).toEqual([
      'chain-normal-operation',
      'chain-head-failure',
      'chain-middle-failure',
      'chain-tail-failure',
      'chain-master-crash',
      'chain-craq-reads',
    ])
    const everyId = [...presentationLookup.values()].flatMap((s) =>
      s.gallery.flatMap((section) => section.presets.map((q) => q.id)),
    )
    expect(new Set(everyId).size).toBe(everyId.length)
    for (const p of [...CHAIN_GALLERY, ...CHAIN_VARIANT_GALLERY]) {
      expect(p.id).toMatch(/^chain(-[a-z0-9]+)+$/)
    }
  })

  describe.each(CHAIN_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no safety property, and its history is linearizable', () => {
      const run = at(p, defaultUntil(p.scenario))
      expect(run.violations).toEqual([])
      expect(checkClientHistory(run.history)?.result.linearizable ?? true).toBe(true)
    })
  })
})

describe('normal operation', () => {
  const p = preset('chain-normal-operation')

  it('opens with update 2 on its way from n2 to the tail, update 1 committed everywhere', () => {
    const { nodes } = at(p, p.t)
    expect(roles(nodes)).toEqual(['head', 'middle', 'tail', 'master'])
    expect(seqs(nodes['n1']!)).toEqual([1, 2])
    expect(seqs(nodes['n2']!)).toEqual([1, 2])
    expect(seqs(nodes['n3']!)).toEqual([1])
    expect(nodes['n2']!.sent).toEqual([2])
    expect(said(p, p.t, 'Forward')).toEqual([
      'n1 forwarded update 1 (put x = 1) to n2',
      'n2 forwarded update 1 (put x = 1) to n3',
      'n1 forwarded update 2 (put y = 2) to n2',
      'n2 forwarded update 2 (put y = 2) to n3',
    ])
  })

  it('redirects the put sent to n2 to the head, and reads x = 1 at the tail', () => {
    const { history, nodes } = at(p, 800)
    expect(history.map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['put', 'ok', null],
      ['get', 'ok', '1'],
    ])
    for (const id of ['n1', 'n2', 'n3']) expect(nodes[id]!.acked).toBe(2)
    expect(said(p, 800, 'Ack').slice(0, 2)).toEqual([
      'n3 acked update 1 to n2',
      'n2 acked update 1 to n1',
    ])
  })
})

describe('head failure', () => {
  const p = preset('chain-head-failure')

  it('opens with n2 the head of version 2, and n1 rejoins as the tail of version 3', () => {
    const { nodes } = at(p, p.t)
    expect(nodes['n4']).toMatchObject({ version: 2, chain: ['n2', 'n3'] })
    expect(roles(nodes)).toEqual(['crashed', 'head', 'tail', 'master'])
    const later = at(p, 1600)
    expect(later.nodes['n4']).toMatchObject({ version: 3, chain: ['n2', 'n3', 'n1'] })
    expect(later.nodes['n1']).toMatchObject({ role: 'tail', store: { x: '1', y: '2' } })
    expect(said(p, 1600, 'Transfer')[0]).toBe('n3 sends n1 its history of 2 updates')
    expect(later.history.map((h) => h.outcome)).toEqual(['ok', 'ok', 'ok'])
    expect(later.history[2]!.output).toBe('2')
  })
})

describe('middle failure', () => {
  const p = preset('chain-middle-failure')

  it('has n3 report update 0 to n1, which resends update 1 from its Sent list', () => {
    expect(at(p, 540).nodes['n1']!.sent).toEqual([1])
    expect(said(p, p.t, 'Report')).toEqual([
      'n3 tells n1, its new predecessor, it has updates up to 0',
    ])
    const { nodes, history } = at(p, 700)
    expect(seqs(nodes['n3']!)).toEqual([1])
    expect(nodes['n1']).toMatchObject({ acked: 1, sent: [] })
    expect(history[0]).toMatchObject({ op: 'put', outcome: 'ok' })
  })
})

describe('tail failure', () => {
  const p = preset('chain-tail-failure')

  it('holds y = 2 in the Sent lists until n2 becomes the tail and commits it', () => {
    const before = at(p, 640)
    expect(before.nodes['n2']!.sent).toEqual([2])
    expect(before.history[1]!.outcome).toBe('pending')
    const { nodes, history } = at(p, 700)
    expect(nodes['n4']).toMatchObject({ version: 2, chain: ['n1', 'n2'] })
    expect(nodes['n2']).toMatchObject({ role: 'tail', acked: 2, sent: [] })
    expect(history[1]).toMatchObject({ outcome: 'ok' })
    expect(at(p, 1600).nodes['n3']).toMatchObject({ role: 'tail', store: { x: '1', y: '2' } })
  })
})

describe('the master crashes', () => {
  const p = preset('chain-master-crash')

  it('serves x = 1 while the master is down, but repairs nothing until it is back', () => {
    const { nodes, history } = at(p, p.t)
    expect(history.slice(0, 2).map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['get', 'ok', '1'],
    ])
    expect(nodes['n4']!.up).toBe(false)
    expect(nodes['n2']).toMatchObject({ role: 'middle', version: 1, sent: [2] })
    expect(history[2]!.outcome).toBe('pending')
    const later = at(p, 1700)
    expect(later.nodes['n4']).toMatchObject({ up: true, version: 2, chain: ['n1', 'n2'] })
    expect(later.history[2]).toMatchObject({ outcome: 'ok' })
  })
})

describe('CRAQ reads', () => {
  const p = preset('chain-craq-reads')

  it('answers a clean read at n2 itself, and a dirty one with the committed version', () => {
    const { history, nodes } = at(p, p.t + 30)
    expect(history.map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['get', 'ok', '1'],
      ['put', 'pending', null],
      ['get', 'ok', '1'],
    ])
    expect(nodes['n2']!.store).toEqual({ x: '2' })
    expect(said(p, p.t, 'VersionQuery')).toEqual([
      'n2 asks the tail n3 which version of x is committed',
    ])
    expect(said(p, p.t, 'VersionReply')).toEqual(['n3 says x is committed at update 1'])
  })
})
