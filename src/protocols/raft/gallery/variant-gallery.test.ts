import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { RAFT_GALLERY, RAFT_VARIANT_GALLERY } from '.'
import { RAFT_VARIANTS, RAFT_VARIANT_IDS } from '../variants'
import { raftSpec } from '../spec'
import { protocolLookup } from '../../registry'
import { checkClientHistory } from '../../../check/client-history'
import { defaultUntil, runScenario, type HistoryEntry } from '../../../sim/summary'
import type { Preset } from '../../../scenario/preset'
import type { Scenario } from '../../../scenario/types'

const raft = protocolLookup.get('raft')!

/** What each variant's scenario must show, and by when (its telling moment). */
const EXPECTED: Record<string, string> = {
  'vote-twice': 'Election Safety',
  'no-up-to-date-check': 'Leader Completeness',
  'commit-old-terms': 'Leader Completeness',
  'volatile-vote': 'Election Safety',
  'no-truncate': 'State Machine Safety',
}

function withoutVariant(scenario: Scenario): Scenario {
  const { variant: _, ...correct } = scenario
  return correct
}

const linearizable = (history: readonly HistoryEntry[]) =>
  // An empty history is trivially linearizable.
  checkClientHistory(history)?.result.linearizable ?? true

const byVariant = (id: string): Preset => RAFT_VARIANT_GALLERY.find((p) => p.id === id)!

describe('the broken variants of Raft', () => {
  it('are listed in the spec, each with a title and a one-paragraph explanation', () => {
    expect(raftSpec.variants).toEqual(RAFT_VARIANT_IDS)
    expect(RAFT_VARIANTS.map((v) => v.id)).toEqual(RAFT_VARIANT_IDS)
    for (const v of RAFT_VARIANTS) {
      expect(v.title.length).toBeGreaterThan(0)
      expect(v.explanation).not.toMatch(/\n/)
      expect(v.explanation.length).toBeGreaterThan(200)
    }
  })

  it('each have one gallery scenario of their own, apart from the correct gallery', () => {
    expect(RAFT_VARIANT_GALLERY.map((p) => p.scenario.variant)).toEqual(RAFT_VARIANT_IDS)
    expect(RAFT_VARIANT_GALLERY.map((p) => p.id)).toEqual(RAFT_VARIANT_IDS)
    const ids = new Set(RAFT_GALLERY.map((p) => p.id))
    for (const p of RAFT_VARIANT_GALLERY) expect(ids.has(p.id)).toBe(false)
  })
})

describe.each(RAFT_VARIANT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  itIsAWellFormedPreset(p)

  it('holds every invariant when run by the correct Raft', () => {
    const scenario = withoutVariant(p.scenario)
    const summary = runScenario(scenario, raft, defaultUntil(scenario))
    expect(summary.violations).toEqual([])
    expect(linearizable(summary.history)).toBe(true)
  })
})

describe.each(Object.entries(EXPECTED))('%s', (id, invariant) => {
  it(`breaks ${invariant}, and opens just after it does`, () => {
    const p = byVariant(id)
    const before = runScenario(p.scenario, raft, p.t)
    expect(before.violations[0]?.invariant).toBe(invariant)
    expect(p.t - before.violations[0]!.at).toBeLessThanOrEqual(20)
  })
})

describe('vote-twice', () => {
  it('elects n1 and n3 in the same term', () => {
    const p = byVariant('vote-twice')
    const { nodes, violations } = runScenario(p.scenario, raft, p.t)
    expect(nodes.filter((n) => n.role === 'leader').map((n) => [n.id, n.term])).toEqual([
      ['n1', 1],
      ['n3', 1],
    ])
    expect(violations.map((v) => v.message)).toEqual(['n3 and n1 are both leaders of term 1'])
  })
})

describe('volatile-vote', () => {
  it('restarts nodes at term 0 with their logs, so term 1 gets a second leader', () => {
    const p = byVariant('volatile-vote')
    const restarted = runScenario(p.scenario, raft, 700)
    for (const n of restarted.nodes) expect(n).toMatchObject({ up: true, term: 0 })
    expect(restarted.nodes.every((n) => (n.log as unknown[]).length === 2)).toBe(true)
    expect(runScenario(p.scenario, raft, p.t).violations[0]!.message).toBe(
      'n1 and n3 are both leaders of term 1',
    )
  })
})

describe('no-truncate', () => {
  it('leaves the old side applying its own writes where the majority applied others', () => {
    const p = byVariant('no-truncate')
    const { nodes } = runScenario(p.scenario, raft, 3000)
    const store = (id: string) => nodes.find((n) => n.id === id)!.store
    expect(store('n2')).toEqual({ x: '1', a: '1', b: '1' })
    expect(store('n4')).toEqual({ x: '1', y: '1' })
  })
})

describe('stale-read', () => {
  const p = byVariant('stale-read')

  it('answers a get with x = 1 after the write of x = 2 finished, breaking no invariant', () => {
    const { history, violations } = runScenario(p.scenario, raft, defaultUntil(p.scenario))
    expect(violations).toEqual([])
    const [, write, read] = history
    expect(write).toMatchObject({ op: 'put', value: '2', outcome: 'ok' })
    expect(read).toMatchObject({ op: 'get', key: 'x', outcome: 'ok', output: '1' })
    expect(read!.invokedAt).toBeGreaterThan(write!.returnedAt!)
    expect(read!.returnedAt).toBeLessThanOrEqual(p.t)
    expect(p.t - read!.returnedAt!).toBeLessThanOrEqual(20)
  })

  it('leaves a client history that is not linearizable', () => {
    const { history } = runScenario(p.scenario, raft, defaultUntil(p.scenario))
    expect(linearizable(history)).toBe(false)
  })
})
