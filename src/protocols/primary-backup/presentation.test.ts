import { describe, expect, it } from 'vitest'
import { pbPresentation, statePath } from './presentation'
import { statechartOf } from '../statechart'
import { PB_MESSAGE_KINDS } from './messages'
import { pbSpec } from './spec'
import { createSimulation, runUntil } from '../../sim/kernel'
import { protocolLookup } from '../registry'
import { messageGlyphs, presentationLookup } from '../presentations'
import { crash, pbScenario, put } from './gallery/build'

const pb = protocolLookup.get('primary-backup')!

function world(until: number) {
  const sim = createSimulation(
    pbScenario(1, [put(300, 'x', '1'), crash(500, 'n1'), crash(1500, 'n4')]),
    pb,
  )
  runUntil(sim.ctx, sim.world, until)
  return sim.world
}

const rows = (r: readonly { label: string; value: string }[]) =>
  Object.fromEntries(r.map((x) => [x.label, x.value]))

describe('primary-backup in the shared views', () => {
  it('is registered under its name, with a legend of its roles and messages', () => {
    expect(presentationLookup.get('primary-backup')).toBe(pbPresentation)
    expect(pbPresentation.legend.roles).toEqual(Object.keys(pbSpec.roles))
    const legend = pbPresentation.legend.messages.flatMap((m) => [m.request, m.reply ?? []])
    const drawn = PB_MESSAGE_KINDS.filter((k) => !k.startsWith('Client'))
    expect(legend.flat().sort()).toEqual([...drawn].sort())
    for (const kind of drawn) expect(messageGlyphs[kind]).toBe(pbPresentation.glyphs[kind])
  })

  it('inspects a primary: the view it knows, what it waits for, its store', () => {
    const w = world(400)
    const n1 = w.nodes.find((n) => n.id === 'n1')!
    const seen = pbPresentation.inspect('n1', n1.state)
    expect(rows(seen.state)).toEqual({
      'Machine state': 'primary',
      View: '1',
      Primary: 'n1',
      Backup: 'n2',
      'Acknowledged by its primary': 'yes',
      'Holds every acknowledged write': 'yes',
      'Backup has the state': 'yes',
      'Has the state transfer': '—',
      'Pending forward': '—',
      'Queued requests': '0',
      Applied: '1',
      'Incarnation (starts)': '1',
    })
    expect(seen.store).toEqual([{ label: 'x', value: '1' }])
  })

  it('inspects the view service: its view and the pings of each server, dead ones pending', () => {
    const w = world(1000)
    const n4 = w.nodes.find((n) => n.id === 'n4')!
    const seen = pbPresentation.inspect('n4', n4.state)
    expect(rows(seen.state)).toMatchObject({
      'Machine state': 'service',
      View: '2',
      Primary: 'n2',
      Backup: 'n3',
    })
    const [pings] = seen.tables
    expect(pings).toMatchObject({
      title: 'Pings',
      label: 'Pings heard by n4',
      columns: ['Server', 'Last ping (tick)', 'View pinged'],
      pending: 'dead',
    })
    expect(pings!.rows.map((r) => [r.key, r.done])).toEqual([
      ['n1', false],
      ['n2', true],
      ['n3', true],
    ])
    expect(pings!.rows[1]!.cells[2]).toBe('2')
    expect(seen.store).toEqual([])
  })

  it('inspects a crashed view service from the view it kept, a crashed server from nothing', () => {
    const w = world(1600)
    const n4 = w.nodes.find((n) => n.id === 'n4')!
    expect(pbPresentation.inspectCrashed('n4', n4.durable).state).toEqual([
      { label: 'State', value: 'crashed' },
      { label: 'View (kept)', value: '2' },
      { label: 'Primary', value: 'n2' },
      { label: 'Backup', value: 'n3' },
      { label: 'Acknowledged (kept)', value: 'yes' },
    ])
    const n1 = w.nodes.find((n) => n.id === 'n1')!
    expect(pbPresentation.inspectCrashed('n1', n1.durable).state).toEqual([
      { label: 'State', value: 'crashed' },
      { label: 'Incarnation (kept)', value: '1' },
    ])
  })

  it('draws its machine as the three server roles and the view service, moved by ViewReply', () => {
    expect(statechartOf(pbPresentation.machine)).toEqual({
      states: ['idle', 'backup', 'primary', 'service'],
      transitions: ['primary', 'backup', 'idle'].map((to) => ({
        from: null,
        to,
        event: 'ViewReply',
      })),
    })
  })

  it('names machine states as dotted paths', () => {
    expect(statePath('service')).toBe('service')
    expect(statePath({ server: 'backup' })).toBe('server.backup')
  })

  it('draws a server log mark per applied command, all committed', () => {
    const w = world(400)
    const n2 = w.nodes.find((n) => n.id === 'n2')!
    expect(pb.logView(n2.state)).toEqual({ terms: [1], committed: 1 })
  })
})
