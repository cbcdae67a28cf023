import { describe, expect, it } from 'vitest'
import { dynamoPresentation } from './presentation'
import { DYNAMO_MESSAGE_KINDS } from './messages'
import { dynamoSpec } from './spec'
import { createSimulation, runUntil } from '../../sim/kernel'
import { protocolLookup } from '../registry'
import { messageGlyphs, presentationLookup } from '../presentations'
import { crash, dynamoScenario, heal, partition, put } from './gallery/build'
import { statechartOf } from '../statechart'

const dynamo = protocolLookup.get('dynamo')!

function world(until: number) {
  const sim = createSimulation(
    dynamoScenario(1, [
      put(100, 'x', '1', 'n2'),
      partition(300, ['n1', 'n3']),
      put(400, 'x', '2', 'n2'),
      crash(900, 'n4'),
      heal(950),
    ]),
    dynamo,
  )
  runUntil(sim.ctx, sim.world, until)
  const node = (id: string) => sim.world.nodes.find((n) => n.id === id)!
  return { world: sim.world, node }
}

const rows = (state: readonly { label: string; value: string }[]) =>
  Object.fromEntries(state.map((r) => [r.label, r.value]))

describe('Dynamo in the shared views', () => {
  it('is registered under its name, with a legend of its roles and messages', () => {
    expect(presentationLookup.get('dynamo')).toBe(dynamoPresentation)
    expect(dynamoPresentation.legend.roles).toEqual(Object.keys(dynamoSpec.roles))
    const legend = dynamoPresentation.legend.messages.flatMap((m) => [m.request, m.reply ?? []])
    const drawn = DYNAMO_MESSAGE_KINDS.filter((k) => !k.startsWith('Client'))
    expect(legend.flat().sort()).toEqual([...drawn].sort())
    for (const kind of drawn) expect(messageGlyphs[kind]).toBe(dynamoPresentation.glyphs[kind])
    expect(dynamo.messageKind({ type: 'SyncKeys' })).toBe('Sync')
  })

  it('marks the coordinator as the node the others follow, while it coordinates', () => {
    expect(dynamoSpec.roles).toEqual({ replica: 'plain', coordinator: 'lead' })
    const chart = statechartOf(dynamoPresentation.machine)
    expect(chart.states).toEqual(['replica', 'coordinating'])
  })

  it('inspects a stand-in: its quorums, the hints it keeps and the put it answered', () => {
    const { node } = world(800)
    const seen = dynamoPresentation.inspect('n2', node('n2').state)
    expect(rows(seen.state)).toMatchObject({
      'Machine state': 'replica',
      'Ring members': 'n1, n2, n3, n4, n5',
      'Tokens on the ring': '8',
      Quorums: 'N = 3, R = 2, W = 2',
      'Sloppy quorum': 'yes',
      'Conflicts resolved by': 'vector clocks (siblings)',
    })
    const [requests, hints] = seen.tables
    // Newest first: the put of x = 2 went to n5 and to n2 itself, a stand-in for n1 or n3.
    expect(requests!.rows.map((r) => [r.cells.slice(0, 2), r.done])).toEqual([
      [['c2', 'put x = 2'], true],
      [['c1', 'put x = 1'], true],
    ])
    expect(requests!.rows[0]!.cells[2]!.split(', ').sort()).toEqual(['n2', 'n5'])
    expect(hints!.label).toBe('Hints kept by n2')
    expect(hints!.rows.map((r) => r.cells.slice(0, 2))).toContainEqual(['x', 'n1'])
  })

  it('inspects a crashed replica from its store on disk', () => {
    const { node } = world(1000)
    const seen = dynamoPresentation.inspectCrashed('n4', node('n4').durable)
    expect(seen.state).toEqual([{ label: 'State', value: 'crashed' }])
    expect(dynamoPresentation.inspectCrashed('n4', null).tables).toEqual([])
  })

  it('shows a replica’s store with each key’s versions and clocks', () => {
    const { node } = world(2000)
    const seen = dynamoPresentation.inspect('n5', node('n5').state)
    expect(seen.store).toEqual([{ label: 'x', value: '2 [n2:2]' }])
    expect(dynamo.logView(node('n5').state)).toEqual({ terms: [1], committed: 1, done: [true] })
  })
})
