import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { PB_GALLERY, PB_VARIANT_GALLERY } from '.'
import { PB_VARIANTS, PB_VARIANT_IDS } from '../variants'
import { PB_INVARIANT_NOTES } from '../invariant-notes'
import { pbSpec } from '../spec'
import { protocolLookup } from '../../registry'
import { checkClientHistory } from '../../../check/client-history'
import { defaultUntil, runScenario, type HistoryEntry } from '../../../sim/summary'
import type { Preset } from '../../../scenario/preset'
import type { Scenario } from '../../../scenario/types'

const pb = protocolLookup.get('primary-backup')!

function withoutVariant(scenario: Scenario): Scenario {
  const { variant: _, ...correct } = scenario
  return correct
}

const linearizable = (history: readonly HistoryEntry[]) =>
  // An empty history is trivially linearizable.
  checkClientHistory(history)?.result.linearizable ?? true

const byVariant = (id: string): Preset => PB_VARIANT_GALLERY.find((p) => p.scenario.variant === id)!

describe('the broken variants of primary-backup', () => {
  it('are listed in the spec, each with a title and a one-paragraph explanation', () => {
    expect(pbSpec.variants).toEqual(PB_VARIANT_IDS)
    expect(PB_VARIANTS.map((v) => v.id)).toEqual(PB_VARIANT_IDS)
    for (const v of PB_VARIANTS) {
      expect(v.title.length).toBeGreaterThan(0)
      expect(v.explanation).not.toMatch(/\n/)
      expect(v.explanation.length).toBeGreaterThan(200)
    }
  })

  it('each have one gallery scenario of their own, apart from the correct gallery', () => {
    expect(PB_VARIANT_GALLERY.map((p) => p.scenario.variant)).toEqual(PB_VARIANT_IDS)
    expect(PB_VARIANT_GALLERY.map((p) => p.id)).toEqual(
      PB_VARIANT_IDS.map((id) => `primary-backup-${id}`),
    )
    const ids = new Set(PB_GALLERY.map((p) => p.id))
    for (const p of PB_VARIANT_GALLERY) expect(ids.has(p.id)).toBe(false)
  })

  it('have a note on why each invariant matters', () => {
    expect(Object.keys(PB_INVARIANT_NOTES).sort()).toEqual([
      'Acknowledged Writes Survive',
      'One Primary per View',
    ])
  })
})

describe.each(PB_VARIANT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  itIsAWellFormedPreset(p)

  it('holds every invariant, with a linearizable history, when run by the correct protocol', () => {
    const scenario = withoutVariant(p.scenario)
    const summary = runScenario(scenario, pb, defaultUntil(scenario))
    expect(summary.violations).toEqual([])
    expect(linearizable(summary.history)).toBe(true)
  })
})

describe('no-forward', () => {
  const p = byVariant('no-forward')

  it('answers x = 2 at once, then promotes n2 without it: opens just after the check fires', () => {
    const { violations, history } = runScenario(p.scenario, pb, p.t)
    expect(history[1]).toMatchObject({ key: 'x', value: '2', outcome: 'ok' })
    expect(violations).toEqual([
      {
        invariant: 'Acknowledged Writes Survive',
        at: 500,
        nodes: ['n2'],
        message:
          'n2 became primary of view 2 without the 2nd write to x, which n1 acknowledged in view 1 (n2 holds 1)',
      },
    ])
    expect(p.t - violations[0]!.at).toBeLessThanOrEqual(20)
  })

  it('in the correct protocol, x = 2 waits for a primary that can reach its backup', () => {
    const { history } = runScenario(withoutVariant(p.scenario), pb, 3000)
    const x2 = history[1]!
    expect(x2).toMatchObject({ outcome: 'ok' })
    expect(x2.returnedAt).toBeGreaterThan(500)
  })
})

describe('stale-primary', () => {
  const p = byVariant('stale-primary')

  it('lets the cut-off n1 answer a read with x = 1 after n2 wrote x = 2: not linearizable', () => {
    const { violations, history, nodes } = runScenario(p.scenario, pb, p.t)
    expect(violations).toEqual([])
    expect(nodes.find((n) => n.id === 'n1')).toMatchObject({ role: 'primary', view: 1 })
    expect(nodes.find((n) => n.id === 'n2')).toMatchObject({ role: 'primary', view: 2 })
    expect(history.map((h) => [h.op, h.value ?? h.output, h.outcome])).toEqual([
      ['put', '1', 'ok'],
      ['put', '2', 'ok'],
      ['get', '1', 'ok'],
    ])
    expect(linearizable(history)).toBe(false)
  })

  it('in the correct protocol, the read from n1 finds no backup to confirm it and goes to n2', () => {
    const { history } = runScenario(withoutVariant(p.scenario), pb, 4000)
    expect(history[2]).toMatchObject({ op: 'get', output: '2', outcome: 'ok' })
  })
})
