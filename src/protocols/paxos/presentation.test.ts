import { describe, expect, it } from 'vitest'
import { paxosPresentation } from './presentation'
import { PAXOS_MESSAGE_KINDS } from './messages'
import { paxosSpec } from './spec'
import { createSimulation, runUntil } from '../../sim/kernel'
import { protocolLookup } from '../registry'
import { messageGlyphs, presentationLookup } from '../presentations'
import { paxosScenario, put, crash } from './gallery/build'

const paxos = protocolLookup.get('paxos')!

function world(until: number) {
  const sim = createSimulation(paxosScenario(1, [put(400, 'x', '1'), crash(700, 'n4')]), paxos)
  runUntil(sim.ctx, sim.world, until)
  return sim.world
}

describe('Multi-Paxos in the shared views', () => {
  it('is registered under its name, with a legend of its roles and messages', () => {
    expect(presentationLookup.get('paxos')).toBe(paxosPresentation)
    expect(paxosPresentation.legend.roles).toEqual(['leader', 'acceptor', 'candidate'])
    expect(paxosPresentation.legend.roles).toEqual(Object.keys(paxosSpec.roles))
    const legend = paxosPresentation.legend.messages.flatMap((m) => [m.request, m.reply ?? []])
    const drawn = PAXOS_MESSAGE_KINDS.filter((k) => !k.startsWith('Client'))
    expect(legend.flat().sort()).toEqual([...drawn].sort())
    for (const kind of drawn) expect(messageGlyphs[kind]).toBe(paxosPresentation.glyphs[kind])
  })

  it('inspects a leader: its ballots, progress and a table of slots, chosen or not', () => {
    const w = world(600)
    const leader = w.nodes.find((n) => paxos.view(n.state).role === 'leader')!
    const seen = paxosPresentation.inspect(leader.id, leader.state)
    expect(Object.fromEntries(seen.state.map((r) => [r.label, r.value]))).toMatchObject({
      'Machine state': 'leader',
      'Promised ballot': '1.2',
      'Own ballot': '1.2',
      Leader: 'n2',
      'Chosen up to slot': '1',
      Applied: '1',
      'Pending slots': '—',
      'Next slot': '2',
    })
    expect(seen.tables).toEqual([
      {
        title: 'Slots (1)',
        label: 'Slots of n2',
        columns: ['#', 'Ballot', 'Command'],
        rows: [{ key: '1', cells: ['1', '1.2', 'put x=1'], done: true }],
        pending: 'not chosen',
      },
    ])
    expect(seen.store).toEqual([{ label: 'x', value: '1' }])
  })

  it('inspects a crashed node from what it kept: its promise and accepted slots', () => {
    const w = world(800)
    const n4 = w.nodes.find((n) => n.id === 'n4')!
    const seen = paxosPresentation.inspectCrashed('n4', n4.durable)
    expect(seen.state).toEqual([
      { label: 'State', value: 'crashed' },
      { label: 'Promised ballot (kept)', value: '1.2' },
    ])
    expect(seen.tables[0]!.rows).toEqual([
      { key: '1', cells: ['1', '1.2', 'put x=1'], done: false },
    ])
    expect(seen.store).toEqual([])
    expect(paxosPresentation.inspectCrashed('n5', null).tables[0]!.rows).toEqual([])
  })

  it('draws each slot in the colour of its round, committed up to what was applied', () => {
    const w = world(600)
    const n1 = w.nodes.find((n) => n.id === 'n1')!
    expect(paxos.logView(n1.state)).toEqual({ terms: [1], committed: 1, done: [true] })
  })
})
