import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { CHAIN_GALLERY, CHAIN_VARIANT_GALLERY } from '.'
import { CHAIN_VARIANTS, CHAIN_VARIANT_IDS } from '../variants'
import { CHAIN_INVARIANT_NOTES } from '../invariant-notes'
import { chainSpec } from '../spec'
import { protocolLookup } from '../../registry'
import { checkClientHistory } from '../../../check/client-history'
import { defaultUntil, runScenario, type HistoryEntry } from '../../../sim/summary'
import type { Preset } from '../../../scenario/preset'
import type { Scenario } from '../../../scenario/types'

const chain = protocolLookup.get('chain')!

function withoutVariant(scenario: Scenario): Scenario {
  const { variant: _, ...correct } = scenario
  return correct
}

const linearizable = (history: readonly HistoryEntry[]) =>
  // An empty history is trivially linearizable.
  checkClientHistory(history)?.result.linearizable ?? true

const byVariant = (id: string): Preset =>
  CHAIN_VARIANT_GALLERY.find((p) => p.scenario.variant === id)!

describe('the broken variants of chain replication', () => {
  it('are listed in the spec, each with a title and a one-paragraph explanation', () => {
    expect(chainSpec.variants).toEqual(CHAIN_VARIANT_IDS)
    expect(CHAIN_VARIANTS.map((v) => v.id)).toEqual(CHAIN_VARIANT_IDS)
    for (const v of CHAIN_VARIANTS) {
      expect(v.title.length).toBeGreaterThan(0)
      expect(v.explanation).not.toMatch(/\n/)
      expect(v.explanation.length).toBeGreaterThan(200)
    }
  })

  it('each have one gallery scenario of their own, apart from the correct gallery', () => {
    expect(CHAIN_VARIANT_GALLERY.map((p) => p.scenario.variant)).toEqual(CHAIN_VARIANT_IDS)
    expect(CHAIN_VARIANT_GALLERY.map((p) => p.id)).toEqual(
      CHAIN_VARIANT_IDS.map((id) => `chain-${id}`),
    )
    const ids = new Set(CHAIN_GALLERY.map((p) => p.id))
    for (const p of CHAIN_VARIANT_GALLERY) expect(ids.has(p.id)).toBe(false)
  })

  it('have a note on why each invariant matters', () => {
    expect(Object.keys(CHAIN_INVARIANT_NOTES).sort()).toEqual([
      'Acknowledged Writes',
      'History Prefix',
    ])
  })
})

describe.each(CHAIN_VARIANT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  itIsAWellFormedPreset(p)

  it('holds every invariant, with a linearizable history, when run by the correct chain', () => {
    const scenario = withoutVariant(p.scenario)
    const summary = runScenario(scenario, chain, defaultUntil(scenario))
    expect(summary.violations).toEqual([])
    expect(linearizable(summary.history)).toBe(true)
  })
})

describe('read-any-node', () => {
  const p = byVariant('read-any-node')

  it('reads x = 1 at the head before it commits, then x unset at the tail', () => {
    const { history, violations } = runScenario(p.scenario, chain, p.t)
    expect(violations).toEqual([])
    expect(history.map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['get', 'ok', '1'],
      ['get', 'ok', null],
    ])
    // The first read returned before the second began: no order fits one store.
    expect(history[1]!.returnedAt!).toBeLessThan(history[2]!.invokedAt)
    expect(linearizable(history)).toBe(false)
  })
})

describe('no-resend-on-repair', () => {
  const p = byVariant('no-resend-on-repair')

  it('breaks History Prefix when n3 applies update 2 without update 1', () => {
    const { violations } = runScenario(p.scenario, chain, p.t)
    expect(violations[0]).toMatchObject({
      invariant: 'History Prefix',
      nodes: ['n1', 'n3'],
      message:
        "n3's history is not a prefix of its predecessor n1's: in place 1 n3 has update 2 (put y = 2) where n1 has update 1 (put x = 1)",
    })
    expect(p.t - violations[0]!.at).toBeGreaterThanOrEqual(0)
    expect(p.t - violations[0]!.at).toBeLessThanOrEqual(20)
  })

  it('later tells the client of x = 1 it is done, while the tail lacks it', () => {
    const { violations } = runScenario(p.scenario, chain, 2000)
    expect(violations.map((v) => v.invariant)).toEqual(['History Prefix', 'Acknowledged Writes'])
    expect(violations[1]!.message).toBe(
      'the tail n3 lacks put x = 1 of c1, which c1 was told is done',
    )
  })
})
