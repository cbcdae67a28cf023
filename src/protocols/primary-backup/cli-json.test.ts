import { describe, expect, it } from 'vitest'
import { crash, get, pbScenario, put } from './gallery/build'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'

const pb = protocolLookup.get('primary-backup')!

const scenario = pbScenario(3, [
  put(300, 'x', '1'),
  get(500, 'x'),
  crash(800, 'n1'),
  crash(900, 'n4'),
])

describe("a primary-backup node in the CLI's JSON", () => {
  const summary = runScenario(scenario, pb, 1200)
  const node = (id: string) => summary.nodes.find((n) => n.id === id)!

  it('has the view it knows, its primary and backup, whether acknowledged, and its store', () => {
    expect(Object.keys(node('n2'))).toEqual([
      'id',
      'up',
      'role',
      'view',
      'primary',
      'backup',
      'acked',
      'applied',
      'store',
    ])
    expect(node('n2')).toMatchObject({
      up: true,
      role: 'backup',
      view: 1,
      primary: 'n1',
      backup: 'n2',
      acked: true,
      applied: 2,
      store: { x: '1' },
    })
    expect(node('n3')).toMatchObject({ role: 'idle', view: 1, store: {} })
  })

  it('shows what survived a crash: a server nothing, the view service its view', () => {
    expect(node('n1')).toEqual({
      id: 'n1',
      up: false,
      role: 'crashed',
      view: 0,
      primary: null,
      backup: null,
      acked: false,
      applied: 0,
      store: {},
    })
    expect(node('n4')).toEqual({
      id: 'n4',
      up: false,
      role: 'crashed',
      view: 1,
      primary: 'n1',
      backup: 'n2',
      acked: true,
      store: {},
    })
  })

  it('gives the running view service an empty store', () => {
    const early = runScenario(scenario, pb, 600)
    expect(early.nodes.find((n) => n.id === 'n4')).toEqual({
      id: 'n4',
      up: true,
      role: 'view service',
      view: 1,
      primary: 'n1',
      backup: 'n2',
      acked: true,
      store: {},
    })
  })

  it('writes view 0 for a node that knows no view yet', () => {
    const start = runScenario(scenario, pb, 0)
    expect(start.nodes.map((n) => [n.role, n['view']])).toEqual([
      ['idle', 0],
      ['idle', 0],
      ['idle', 0],
      ['view service', 0],
    ])
  })
})

describe('a primary-backup run', () => {
  it('is the same run every time: same scenario, same trace hash', () => {
    const once = runScenario(scenario, pb, 3000)
    const again = runScenario(scenario, pb, 3000)
    expect(again.traceHash).toBe(once.traceHash)
    expect(again).toEqual(once)
    expect(runScenario({ ...scenario, seed: 4 }, pb, 3000).traceHash).not.toBe(once.traceHash)
  })

  it('names its roles and its epoch for the shared views', () => {
    expect(pb.spec.roles).toEqual({
      primary: 'lead',
      backup: 'plain',
      idle: 'idle',
      'view service': 'service',
    })
    expect(pb.spec.epoch).toEqual({ name: 'view' })
    expect(pb.spec.nodes).toEqual({ min: 3, max: 9, default: 4 })
  })
})
