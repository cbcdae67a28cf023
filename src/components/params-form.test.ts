import { describe, expect, it } from 'vitest'
import { raftSpec } from '../protocols/raft/spec'
import { specLookup } from '../protocols/registry'
import { DEFAULT_SCENARIO } from '../app/default-scenario'
import {
  boundLabel,
  formFromScenario,
  paramGroups,
  runLabel,
  scenarioFromForm,
} from './params-form'

const labels = paramGroups(raftSpec).flatMap((g) => g.rows.flat().map((f) => f.label))

describe('params form', () => {
  it('has a field for the node count, the seed and each end of each range', () => {
    for (const label of [
      'Nodes',
      'Seed',
      'Latency min (ms)',
      'Latency max (ms)',
      'Loss rate',
      'Election timeout min (ms)',
      'Election timeout max (ms)',
      'Heartbeat (ms)',
    ]) {
      expect(labels).toContain(label)
    }
    expect(boundLabel('Spread', 'max')).toBe('Spread max')
  })

  it('fills missing parameters with their defaults', () => {
    const form = formFromScenario(DEFAULT_SCENARIO, raftSpec)
    expect(form).toMatchObject({
      nodes: '5',
      seed: '1',
      'latencyMs.0': '10',
      'latencyMs.1': '30',
      lossRate: '0',
      heartbeatMs: '50',
    })
  })

  it('builds a valid scenario with every parameter given and no inputs', () => {
    const form = { ...formFromScenario(DEFAULT_SCENARIO, raftSpec), nodes: '3', seed: '7' }
    const result = scenarioFromForm(form, DEFAULT_SCENARIO, raftSpec, specLookup)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.scenario).toMatchObject({ nodes: 3, seed: 7, inputs: [] })
    expect(Object.keys(result.scenario.params).sort()).toEqual([
      'clientAttempts',
      'clientTimeoutMs',
      'electionTimeoutMs',
      'heartbeatMs',
      'latencyMs',
      'leaderNoop',
      'lossRate',
    ])
    expect(runLabel(result.scenario)).toBe('3 nodes, seed 7')
  })

  it('shows an on/off parameter as a checkbox whose state becomes true or false', () => {
    const fields = paramGroups(raftSpec).flatMap((g) => g.rows.flat())
    expect(fields.find((f) => f.name === 'leaderNoop')).toEqual({
      kind: 'flag',
      name: 'leaderNoop',
      label: 'Leader appends a no-op when elected',
    })
    const form = formFromScenario(DEFAULT_SCENARIO, raftSpec)
    expect(form['leaderNoop']).toBe('true')
    const off = scenarioFromForm(
      { ...form, leaderNoop: 'false' },
      DEFAULT_SCENARIO,
      raftSpec,
      specLookup,
    )
    expect(off.ok && off.scenario.params['leaderNoop']).toBe(false)
  })

  it('names the field at fault, by its label', () => {
    const form = formFromScenario(DEFAULT_SCENARIO, raftSpec)
    const check = (patch: Record<string, string>) => {
      const result = scenarioFromForm({ ...form, ...patch }, DEFAULT_SCENARIO, raftSpec, specLookup)
      return result.ok ? null : result.error
    }
    expect(check({ seed: '' })).toBe('Seed: required.')
    expect(check({ heartbeatMs: 'x' })).toBe('Heartbeat (ms): must be a number.')
    expect(check({ nodes: '2.5' })).toMatch(/^Nodes: must be an integer/)
    expect(check({ 'latencyMs.0': '40' })).toMatch(/^Latency \(ms\): must be a range/)
    expect(check({ lossRate: '2' })).toMatch(/^Loss rate: must be a number from 0 to 1/)
  })
})
