import { describe, expect, it } from 'vitest'
import { chainScenario, crash, get, put, restart } from './gallery/build'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'

const chain = protocolLookup.get('chain')!

const scenario = chainScenario(3, [
  put(300, 'x', '1'),
  get(500, 'x'),
  crash(700, 'n2'),
  put(1000, 'y', '2'),
  restart(1200, 'n2'),
])

describe("a chain node in the CLI's JSON", () => {
  const summary = runScenario(scenario, chain, 1190)
  const node = (id: string) => summary.nodes.find((n) => n.id === id)!

  it('has its chain version, the chain as it knows it, its history, Sent list and store', () => {
    expect(Object.keys(node('n1'))).toEqual([
      'id',
      'up',
      'role',
      'version',
      'chain',
      'acked',
      'last',
      'hist',
      'sent',
      'store',
    ])
    expect(node('n1')).toMatchObject({
      role: 'head',
      version: 2,
      chain: ['n1', 'n3'],
      acked: 2,
      last: 2,
      sent: [],
      store: { x: '1', y: '2' },
    })
    expect(node('n1')['hist']).toEqual([
      {
        seq: 1,
        command: { op: 'put', key: 'x', value: '1', client: 'c1', seq: 1 },
        committed: true,
      },
      {
        seq: 2,
        command: { op: 'put', key: 'y', value: '2', client: 'c3', seq: 1 },
        committed: true,
      },
    ])
  })

  it('gives the master its configuration as chain and an empty store', () => {
    expect(node('n4')).toEqual({
      id: 'n4',
      up: true,
      role: 'master',
      version: 2,
      chain: ['n1', 'n3'],
      store: {},
    })
  })

  it('shows a crashed server with what it kept on disk', () => {
    expect(node('n2')).toMatchObject({
      up: false,
      role: 'crashed',
      version: 1,
      chain: ['n1', 'n2', 'n3'],
      store: { x: '1' },
      sent: [],
    })
  })

  it('shows a restarted server as idle until it has its place again', () => {
    const later = runScenario(scenario, chain, 1210)
    expect(later.nodes.find((n) => n.id === 'n2')).toMatchObject({ up: true, role: 'idle' })
    const joined = runScenario(scenario, chain, 1600)
    expect(joined.nodes.find((n) => n.id === 'n2')).toMatchObject({
      role: 'tail',
      version: 3,
      chain: ['n1', 'n3', 'n2'],
      store: { x: '1', y: '2' },
    })
  })
})

describe('a chain run', () => {
  it('is the same run every time: same scenario, same trace hash', () => {
    const once = runScenario(scenario, chain, 3000)
    const again = runScenario(scenario, chain, 3000)
    expect(again.traceHash).toBe(once.traceHash)
    expect(again).toEqual(once)
    expect(runScenario({ ...scenario, seed: 4 }, chain, 3000).traceHash).not.toBe(once.traceHash)
  })
})
