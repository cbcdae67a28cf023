import { describe, expect, it } from 'vitest'
import { gossipPresentation, swimPresentation } from './presentation'
import { createSimulation, runUntil } from '../../sim/kernel'
import { protocolLookup } from '../registry'
import { messageGlyphs, presentationLookup } from '../presentations'
import { crash, swimScenario } from './gallery/build'
import type { Opinions } from '../presentation'

const swim = protocolLookup.get('swim')!

function world(until: number) {
  const sim = createSimulation(swimScenario(1, [crash(1000, 'n7')]), swim)
  runUntil(sim.ctx, sim.world, until)
  const node = (id: string) => sim.world.nodes.find((n) => n.id === id)!
  return { world: sim.world, node }
}

const rows = (state: readonly { label: string; value: string }[]) =>
  Object.fromEntries(state.map((r) => [r.label, r.value]))

describe('SWIM and gossip in the shared views', () => {
  it('are registered under their names, with every message kind in the legend and drawn', () => {
    expect(presentationLookup.get('swim')).toBe(swimPresentation)
    expect(presentationLookup.get('gossip')).toBe(gossipPresentation)
    const legend = [...swimPresentation.legend.messages, ...gossipPresentation.legend.messages]
      .flatMap((m) => [m.request, m.reply ?? []])
      .flat()
    expect(legend.sort()).toEqual(Object.keys(swimPresentation.glyphs).sort())
    for (const kind of legend) expect(messageGlyphs[kind]).toBe(swimPresentation.glyphs[kind])
    expect(swim.messageKind({ type: 'Ack' })).toBe('PingAck')
  })

  it('inspects a member: its incarnation, its view in numbers and its table, suspects first', () => {
    const { node } = world(2000)
    const seen = swimPresentation.inspect('n1', node('n1').state)
    expect(rows(seen.state)).toMatchObject({
      Incarnation: '0',
      'Its view': '11 alive, 1 suspect, 0 dead',
      Suspects: 'n7',
    })
    const [table] = seen.tables
    expect(table!.label).toBe('Members as n1 sees them')
    expect(table!.rows[0]!.cells.slice(0, 3)).toEqual(['n7', 'suspect', '0'])
    expect(table!.rows[0]!.done).toBe(false)
    expect(table!.rows).toHaveLength(12)
  })

  it('gives the graph what the live members think of each node', () => {
    const { world: w } = world(2800)
    const opinions = swimPresentation.opinions!(w.ghost) as Opinions
    expect(opinions.observers).toBe(11)
    expect(Array.from(opinions.counts).slice(18, 21)).toEqual([0, 0, 11])
    expect(Array.from(opinions.counts).slice(0, 3)).toEqual([10, 0, 0])
  })
})
