import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { PAXOS_GALLERY, PAXOS_VARIANT_GALLERY } from '.'
import { PAXOS_VARIANTS, PAXOS_VARIANT_IDS } from '../variants'
import { PAXOS_INVARIANT_NOTES } from '../invariant-notes'
import { paxosSpec } from '../spec'
import { protocolLookup } from '../../registry'
import { checkClientHistory } from '../../../check/client-history'
import { defaultUntil, runScenario, type HistoryEntry } from '../../../sim/summary'
import type { Preset } from '../../../scenario/preset'
import type { Scenario } from '../../../scenario/types'

const paxos = protocolLookup.get('paxos')!

/** The first invariant each variant's scenario breaks, by its telling moment. */
const EXPECTED: Record<string, string> = {
  'accept-any-value': 'Agreement',
  'no-promise-check': 'Agreement',
  'volatile-acceptor': 'Promise Monotonicity',
}

function withoutVariant(scenario: Scenario): Scenario {
  const { variant: _, ...correct } = scenario
  return correct
}

const linearizable = (history: readonly HistoryEntry[]) =>
  // An empty history is trivially linearizable.
  checkClientHistory(history)?.result.linearizable ?? true

const byVariant = (id: string): Preset =>
  PAXOS_VARIANT_GALLERY.find((p) => p.scenario.variant === id)!

describe('the broken variants of Multi-Paxos', () => {
  it('are listed in the spec, each with a title and a one-paragraph explanation', () => {
    expect(paxosSpec.variants).toEqual(PAXOS_VARIANT_IDS)
    expect(PAXOS_VARIANTS.map((v) => v.id)).toEqual(PAXOS_VARIANT_IDS)
    for (const v of PAXOS_VARIANTS) {
      expect(v.title.length).toBeGreaterThan(0)
      expect(v.explanation).not.toMatch(/\n/)
      expect(v.explanation.length).toBeGreaterThan(200)
    }
  })

  it('each have one gallery scenario of their own, apart from the correct gallery', () => {
    expect(PAXOS_VARIANT_GALLERY.map((p) => p.scenario.variant)).toEqual(PAXOS_VARIANT_IDS)
    expect(PAXOS_VARIANT_GALLERY.map((p) => p.id)).toEqual(
      PAXOS_VARIANT_IDS.map((id) => `paxos-${id}`),
    )
    const ids = new Set(PAXOS_GALLERY.map((p) => p.id))
    for (const p of PAXOS_VARIANT_GALLERY) expect(ids.has(p.id)).toBe(false)
  })

  it('break only invariants that have a note on why they matter', () => {
    for (const invariant of Object.values(EXPECTED)) {
      expect(PAXOS_INVARIANT_NOTES[invariant]).toBeDefined()
    }
    expect(Object.keys(PAXOS_INVARIANT_NOTES).sort()).toEqual([
      'Agreement',
      'Promise Monotonicity',
      'Validity',
    ])
  })
})

describe.each(PAXOS_VARIANT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  itIsAWellFormedPreset(p)

  it('holds every invariant, with a linearizable history, when run by the correct Paxos', () => {
    const scenario = withoutVariant(p.scenario)
    const summary = runScenario(scenario, paxos, defaultUntil(scenario))
    expect(summary.violations).toEqual([])
    expect(linearizable(summary.history)).toBe(true)
  })
})

describe.each(Object.entries(EXPECTED))('%s', (id, invariant) => {
  it(`breaks ${invariant} first, and opens just after Agreement breaks`, () => {
    const p = byVariant(id)
    const { violations } = runScenario(p.scenario, paxos, p.t)
    expect(violations[0]?.invariant).toBe(invariant)
    const agreement = violations.find((v) => v.invariant === 'Agreement')!
    expect(p.t - agreement.at).toBeGreaterThanOrEqual(0)
    expect(p.t - agreement.at).toBeLessThanOrEqual(20)
  })
})

describe('accept-any-value', () => {
  it('chooses a no-op in slot 1 after x = 1 was chosen there', () => {
    const { violations } = runScenario(byVariant('accept-any-value').scenario, paxos, 700)
    expect(violations[0]!.message).toBe(
      'two values chosen in slot 1: put x=1 at ballot 1.2, then no-op at ballot 2.3',
    )
  })
})

describe('no-promise-check', () => {
  it("takes the cut-off leader's old Accept after the heal, choosing y = 2 over z = 3", () => {
    const { violations } = runScenario(byVariant('no-promise-check').scenario, paxos, 1700)
    expect(violations[0]).toMatchObject({
      at: 1660,
      message: 'two values chosen in slot 2: put z=3 at ballot 2.5, then put y=2 at ballot 1.2',
    })
  })
})

describe('volatile-acceptor', () => {
  it('restarts n4 and n5 with nothing promised, then lets n3 choose y = 2 over x = 1', () => {
    const p = byVariant('volatile-acceptor')
    const restarted = runScenario(p.scenario, paxos, 500)
    for (const id of ['n4', 'n5']) {
      expect(restarted.nodes.find((n) => n.id === id)).toMatchObject({ ballot: '0.0', log: [] })
    }
    expect(restarted.violations.map((v) => v.message)).toEqual([
      "n4's promised ballot went back from 1.2 to 0.0",
      "n5's promised ballot went back from 1.2 to 0.0",
    ])
    const { violations } = runScenario(p.scenario, paxos, p.t)
    expect(violations.map((v) => v.message)).toContain(
      'two values chosen in slot 1: put x=1 at ballot 1.2, then put y=2 at ballot 2.3',
    )
  })
})
