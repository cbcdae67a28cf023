import { describe, expect, it } from 'vitest'
import { raftSpec } from './spec'
import { protocolLookup, specLookup } from '../registry'
import { parseScenario } from '../../scenario/validate'
import { runScenario } from '../../sim/summary'
import { createHarness } from '../../test/harness'
import type { Scenario } from '../../scenario/types'

const raft = protocolLookup.get('raft')!
const scenario = (params: Record<string, unknown>): unknown => ({
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 3,
  params,
  inputs: [{ at: 600, type: 'client', op: 'put', key: 'x', value: '1' }],
})

const hashOf = (params: Record<string, unknown>) =>
  runScenario(scenario(params) as Scenario, raft, 3000).traceHash

describe('the leaderNoop parameter', () => {
  it('is a flag, on by default', () => {
    expect(raftSpec.params.leaderNoop).toMatchObject({ kind: 'flag', default: true })
  })

  it('takes only true or false, and names itself when wrong', () => {
    for (const value of [true, false]) {
      const result = parseScenario(scenario({ leaderNoop: value }), specLookup)
      expect(result.ok && result.scenario.params['leaderNoop']).toBe(value)
    }
    for (const value of [1, 0, 'true', 'false', null, [], {}]) {
      expect(parseScenario(scenario({ leaderNoop: value }), specLookup)).toEqual({
        ok: false,
        error: 'params.leaderNoop: must be true or false',
      })
    }
  })

  it('on: a new leader starts its term with a blank entry', () => {
    const t = createHarness({ nodes: 5, seed: 1 }).runFor(500)
    const log = t.node(t.leader()!).log as { command: { op: string } }[]
    expect(log.map((e) => e.command.op)).toEqual(['noop'])
  })

  it('off: a new leader appends nothing until a client writes', () => {
    const t = createHarness({ nodes: 5, seed: 1, params: { leaderNoop: false } }).runFor(500)
    const leader = t.leader()!
    expect(t.node(leader).log).toEqual([])
    t.put('x', '1').runFor(500)
    const log = t.node(leader).log as { command: { op: string } }[]
    expect(log.map((e) => e.command.op)).toEqual(['put'])
    expect(t.node(leader).store).toEqual({ x: '1' })
    expect(t.violations()).toEqual([])
  })

  it('leaves a run without it exactly as it was with it on', () => {
    expect(hashOf({})).toBe(hashOf({ leaderNoop: true }))
    expect(hashOf({})).not.toBe(hashOf({ leaderNoop: false }))
  })
})
