import { describe, expect, it } from 'vitest'
import { chainPresentation } from './presentation'
import { CHAIN_MESSAGE_KINDS } from './messages'
import { chainSpec } from './spec'
import { createSimulation, runUntil } from '../../sim/kernel'
import { protocolLookup } from '../registry'
import { messageGlyphs, presentationLookup } from '../presentations'
import { chainScenario, crash, put } from './gallery/build'
import { statechartOf } from '../statechart'
import type { ProtocolSpec } from '../../sim/protocol'

const chain = protocolLookup.get('chain')!

function world(until: number) {
  const sim = createSimulation(
    chainScenario(1, [put(300, 'x', '1', 'n1'), crash(400, 'n2'), put(450, 'y', '2', 'n1')]),
    chain,
  )
  runUntil(sim.ctx, sim.world, until)
  return sim.world
}

const rows = (state: readonly { label: string; value: string }[]) =>
  Object.fromEntries(state.map((r) => [r.label, r.value]))

describe('chain replication in the shared views', () => {
  it('is registered under its name, with a legend of its roles and messages', () => {
    expect(presentationLookup.get('chain')).toBe(chainPresentation)
    expect(chainPresentation.legend.roles).toEqual(Object.keys(chainSpec.roles))
    const legend = chainPresentation.legend.messages.flatMap((m) => [m.request, m.reply ?? []])
    const drawn = CHAIN_MESSAGE_KINDS.filter((k) => !k.startsWith('Client'))
    expect(legend.flat().sort()).toEqual([...drawn].sort())
    for (const kind of drawn) expect(messageGlyphs[kind]).toBe(chainPresentation.glyphs[kind])
    expect(chain.messageKind({ type: 'VersionReply' })).toBe('VersionQuery')
  })

  it('gives the master the service look, a spare server idle, the head lead', () => {
    expect(chainSpec.roles).toEqual({
      head: 'lead',
      middle: 'plain',
      tail: 'plain',
      idle: 'idle',
      master: 'service',
    })
    expect((chainSpec as ProtocolSpec).epoch).toBeUndefined()
  })

  it('draws its machine: a server moves between idle and member on a configuration', () => {
    const chart = statechartOf(chainPresentation.machine)
    expect(chart.states).toEqual(['boot', 'master', 'idle', 'member'])
    expect(chart.transitions).toContainEqual({ from: 'idle', to: 'member', event: 'Config' })
    expect(chart.transitions).toContainEqual({ from: 'member', to: 'idle', event: 'Config' })
  })

  it('inspects a server: its place in the chain, Sent list, lease, history and store', () => {
    const w = world(600)
    const n1 = w.nodes.find((n) => n.id === 'n1')!
    const seen = chainPresentation.inspect('n1', n1.state)
    expect(rows(seen.state)).toMatchObject({
      'Machine state': 'member',
      'Chain version': '1',
      Chain: 'n1 → n2 → n3',
      Predecessor: '—',
      Successor: 'n2',
      History: 'complete',
      'Committed up to update': '1',
      'Sent (not yet acked)': '2',
      Incarnation: '0',
    })
    expect(rows(seen.state)['Read lease']).toMatch(/^until tick \d+$/)
    expect(seen.tables).toEqual([
      {
        title: 'History (2)',
        label: 'History of n1',
        columns: ['#', 'Version', 'Command'],
        rows: [
          { key: '1', cells: ['1', '1', 'put x = 1'], done: true },
          { key: '2', cells: ['2', '1', 'put y = 2'], done: false },
        ],
        pending: 'not committed',
      },
    ])
    expect(seen.store).toEqual([
      { label: 'x', value: '1' },
      { label: 'y', value: '2' },
    ])
  })

  it('inspects the master: its version, order and the tick it last heard each server', () => {
    const w = world(700)
    const n4 = w.nodes.find((n) => n.id === 'n4')!
    const seen = chainPresentation.inspect('n4', n4.state)
    expect(rows(seen.state)).toMatchObject({
      'Machine state': 'master',
      'Chain version': '2',
      Chain: 'n1 → n3',
    })
    const table = seen.tables[0]!
    expect(table.label).toBe('Heartbeats heard by n4')
    expect(table.rows.map((r) => [r.cells[0], r.cells[2], r.done])).toEqual([
      ['n1', 'head', true],
      ['n2', '—', false],
      ['n3', 'tail', true],
    ])
    expect(Number(table.rows[1]!.cells[1])).toBeLessThan(Number(table.rows[0]!.cells[1]))
    expect(seen.store).toEqual([])
  })

  it('inspects a crashed server from its history on disk', () => {
    const w = world(500)
    const n2 = w.nodes.find((n) => n.id === 'n2')!
    const seen = chainPresentation.inspectCrashed('n2', n2.durable)
    expect(seen.state).toEqual([
      { label: 'State', value: 'crashed' },
      { label: 'Chain version (kept)', value: '1' },
      { label: 'Chain (kept)', value: 'n1 → n2 → n3' },
    ])
    expect(seen.tables[0]!.rows.map((r) => r.cells[2])).toEqual(['put x = 1'])
    expect(chainPresentation.inspectCrashed('n2', null).tables).toEqual([])
  })

  it('draws each update in the colour of its chain version, committed up to the ack', () => {
    const w = world(600)
    const n1 = w.nodes.find((n) => n.id === 'n1')!
    expect(chain.logView(n1.state)).toEqual({ terms: [1, 1], committed: 1 })
  })
})
