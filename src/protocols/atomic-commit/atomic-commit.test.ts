import { describe, expect, it } from 'vitest'
import { commitScenario, crash, partition, restart, txn, vote } from './gallery/build'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'
import { holderOf, txnKeys, writesByParticipant } from './placement'
import { parseScenario } from '../../scenario/validate'
import { specLookup } from '../registry'
import type { Input } from '../../scenario/types'

function at(protocol: '2pc' | '3pc', inputs: readonly Input[], t: number, params = {}) {
  const summary = runScenario(
    commitScenario(protocol, 1, inputs, { params }),
    protocolLookup.get(protocol)!,
    t,
  )
  const node = (id: string) => summary.nodes.find((n) => n.id === id)! as Record<string, unknown>
  const roles = summary.nodes.map((n) => n.role)
  return { ...summary, node, roles, outputs: summary.history.map((h) => h.output) }
}

describe('placement', () => {
  it('puts each key on a participant by its character codes: x on n2, y on n3, z on n4', () => {
    expect(['x', 'y', 'z', 'w'].map((k) => holderOf(k, ['n2', 'n3', 'n4']))).toEqual([
      'n2',
      'n3',
      'n4',
      'n4',
    ])
  })

  it('reads a transaction’s keys from "x, y,x" once each, and splits its writes', () => {
    expect(txnKeys('x, y,x')).toEqual(['x', 'y'])
    expect([...writesByParticipant('z,x,w', '5', ['n2', 'n3', 'n4'])]).toEqual([
      ['n2', { x: '5' }],
      ['n4', { z: '5', w: '5' }],
    ])
  })
})

describe('two-phase commit', () => {
  it('starts with the coordinator n1 and participants that have seen nothing', () => {
    expect(at('2pc', [], 10).roles).toEqual([
      'coordinator',
      'participant',
      'participant',
      'participant',
    ])
  })

  it('commits when every participant votes yes, and applies each share of the writes', () => {
    const run = at('2pc', [txn(100, 'x,y,z', '1')], 400)
    expect(run.outputs).toEqual(['committed'])
    expect(run.node('n2')).toMatchObject({ role: 'participant, committed', store: { x: '1' } })
    expect(run.node('n4')).toMatchObject({
      txns: [{ id: 'T1', state: 'committed' }],
      store: { z: '1' },
    })
    expect(run.node('n1')).toMatchObject({ txns: [{ id: 'T1', state: 'committed' }], store: {} })
  })

  it('shows a participant prepared between its yes vote and the outcome', () => {
    expect(at('2pc', [txn(100, 'x,y,z', '1')], 150).node('n2').role).toBe('participant, prepared')
  })

  it('aborts on one no vote, forced by a vote input', () => {
    const run = at('2pc', [vote(50, 'n3', 'no'), txn(100, 'x,y,z', '1')], 400)
    expect(run.outputs).toEqual(['aborted'])
    expect(run.roles.slice(1)).toEqual(Array(3).fill('participant, aborted'))
    expect(run.node('n2').store).toEqual({})
  })

  it('votes no when another prepared transaction holds the key', () => {
    // T1 prepares at n2, whose vote is slow to matter: n1 crashes, so T1 stays prepared.
    const run = at(
      '2pc',
      [txn(100, 'x', '1'), crash(140, 'n1'), restart(200, 'n1'), txn(250, 'x', '2')],
      600,
    )
    expect(run.outputs).toEqual([null, 'aborted'])
  })

  it('blocks prepared participants while the coordinator is down, then aborts with it back', () => {
    const inputs = [txn(100, 'x,y,z', '1'), crash(160, 'n1'), restart(1500, 'n1')]
    expect(at('2pc', inputs, 1000).roles.slice(1)).toEqual(Array(3).fill('participant, blocked'))
    expect(at('2pc', inputs, 2000).roles.slice(1)).toEqual(Array(3).fill('participant, aborted'))
  })

  it('keeps its decision across a crash, and tells a participant that missed it', () => {
    const inputs = [
      txn(100, 'x,y,z', '1'),
      partition(170, ['n3']),
      crash(180, 'n1'),
      restart(300, 'n1'),
    ]
    const run = at('2pc', [...inputs, { at: 900, type: 'heal' }], 1500)
    expect(run.roles.slice(1)).toEqual(Array(3).fill('participant, committed'))
    expect(run.violations).toEqual([])
  })

  it('answers a client retry with the decision instead of running the transaction again', () => {
    const run = at('2pc', [txn(100, 'x', '1'), { at: 101, type: 'drop', message: 1 }], 1500)
    expect(run.outputs).toEqual(['committed'])
    expect(run.node('n1').txns).toEqual([{ id: 'T1', state: 'committed' }])
  })

  it('refuses a vote input where nodes do not vote, naming the input', () => {
    const raft = {
      version: 1,
      protocol: 'raft',
      nodes: 3,
      seed: 1,
      params: {},
      inputs: [vote(5, 'n2', 'no')],
    }
    expect(parseScenario(raft, specLookup)).toEqual({
      ok: false,
      error: 'inputs[0].type: Raft does not take "vote" inputs: its nodes do not vote',
    })
  })
})

describe('three-phase commit', () => {
  it('commits through a pre-commit round', () => {
    const early = at('3pc', [txn(100, 'x,y,z', '1')], 210)
    expect(early.roles.slice(1)).toEqual(Array(3).fill('participant, precommitted'))
    expect(at('3pc', [txn(100, 'x,y,z', '1')], 500).outputs).toEqual(['committed'])
  })

  it('does not block on a coordinator crash: the participants abort on their own', () => {
    const run = at('3pc', [txn(100, 'x,y,z', '1'), crash(160, 'n1')], 1000)
    expect(run.roles.slice(1)).toEqual(Array(3).fill('participant, aborted'))
    expect(run.violations).toEqual([])
  })

  it('commits on its own once pre-committed, if the coordinator crashes then', () => {
    const run = at('3pc', [txn(100, 'x,y,z', '1'), crash(200, 'n1')], 1000)
    expect(run.roles.slice(1)).toEqual(Array(3).fill('participant, committed'))
    expect(run.violations).toEqual([])
  })
})
