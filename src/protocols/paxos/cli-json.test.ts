import { describe, expect, it } from 'vitest'
import { paxosScenario, put, crash, get } from './gallery/build'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'

const paxos = protocolLookup.get('paxos')!

const scenario = paxosScenario(3, [
  put(500, 'x', '1'),
  get(700, 'x'),
  crash(1000, 'n3'),
  put(1100, 'y', '2'),
])

describe("a Paxos node in the CLI's JSON", () => {
  const summary = runScenario(scenario, paxos, 2000)
  const node = (id: string) => summary.nodes.find((n) => n.id === id)!

  it('has a ballot written "round.node", a leader, progress, slots and a store', () => {
    const leader = summary.nodes.find((n) => n.role === 'leader')!
    const ballot = leader['ballot'] as string
    expect(ballot).toMatch(/^\d+\.\d+$/)
    expect(ballot.endsWith(`.${leader.id.slice(1)}`)).toBe(true)
    expect(Object.keys(leader)).toEqual([
      'id',
      'up',
      'role',
      'ballot',
      'leader',
      'chosenUpTo',
      'applied',
      'log',
      'store',
    ])
    expect(leader).toMatchObject({ leader: leader.id, chosenUpTo: 3, applied: 3 })
    expect(leader['store']).toEqual({ x: '1', y: '2' })
  })

  it('lists each slot as { slot, ballot, command, chosen }, commands shaped as in Raft', () => {
    const log = node('n1')['log'] as Record<string, unknown>[]
    expect(log.map((e) => Object.keys(e))).toEqual([
      ['slot', 'ballot', 'command', 'chosen'],
      ['slot', 'ballot', 'command', 'chosen'],
      ['slot', 'ballot', 'command', 'chosen'],
    ])
    expect(log[0]).toMatchObject({
      slot: 1,
      chosen: true,
      command: { op: 'put', key: 'x', value: '1', client: 'c1', seq: 1 },
    })
    expect(log[1]!['command']).toEqual({ op: 'get', key: 'x', value: null, client: 'c2', seq: 1 })
    expect(log[0]!['ballot']).toMatch(/^\d+\.\d+$/)
  })

  it('shows what survived for a crashed node: its promise and accepted slots, none chosen', () => {
    const n3 = node('n3')
    expect(n3).toMatchObject({ up: false, role: 'crashed', applied: 0, store: {}, leader: null })
    expect(n3['ballot']).toBe(node('n1')['ballot'])
    const log = n3['log'] as { slot: number; chosen: boolean }[]
    expect(log.map((e) => [e.slot, e.chosen])).toEqual([
      [1, false],
      [2, false],
    ])
  })

  it('writes "0.0" for a node that has promised nothing', () => {
    const start = runScenario(scenario, paxos, 0)
    for (const n of start.nodes)
      expect(n).toMatchObject({ role: 'acceptor', ballot: '0.0', log: [] })
  })
})

describe('a Paxos run', () => {
  it('is the same run every time: same scenario, same trace hash', () => {
    const once = runScenario(scenario, paxos, 3000)
    const again = runScenario(scenario, paxos, 3000)
    expect(again.traceHash).toBe(once.traceHash)
    expect(again).toEqual(once)
    expect(runScenario({ ...scenario, seed: 4 }, paxos, 3000).traceHash).not.toBe(once.traceHash)
  })

  it('gives each node the accessible ballot of its role', () => {
    const { spec } = paxos
    expect(spec.roles).toEqual({ leader: 'lead', acceptor: 'plain', candidate: 'seek' })
    expect(spec.epoch).toMatchObject({ name: 'ballot' })
    expect(spec.epoch!.format!(301)).toBe('3.1')
    expect(spec.epoch!.format!(1225)).toBe('12.25')
  })
})
