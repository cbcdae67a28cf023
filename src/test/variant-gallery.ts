/**
 * What every protocol's broken variants must have, read from its presentation: a place in
 * the spec, a title and a one-paragraph story, one gallery scenario each (apart from the
 * working gallery), a note on why each invariant matters, and scenarios that the correct
 * protocol runs without any violation.
 */

import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from './preset-checks'
import { presentationLookup } from '../protocols/presentations'
import { protocolLookup } from '../protocols/registry'
import { checkClientHistory } from '../check/client-history'
import { defaultUntil, runScenario, type HistoryEntry } from '../sim/summary'
import type { Preset } from '../scenario/preset'
import type { Scenario } from '../scenario/types'

export function withoutVariant(scenario: Scenario): Scenario {
  const { variant: _, ...correct } = scenario
  return correct
}

export const linearizable = (history: readonly HistoryEntry[]) =>
  // An empty history is trivially linearizable.
  checkClientHistory(history)?.result.linearizable ?? true

/** The protocol's gallery scenario for `variant`. */
export function variantPreset(protocol: string, variant: string): Preset {
  const [, broken] = presentationLookup.get(protocol)!.gallery
  return broken!.presets.find((p) => p.scenario.variant === variant)!
}

/** `invariants`: the names of the protocol's invariants, each of which needs a note. */
export function describeVariantGallery(protocol: string, invariants: readonly string[]): void {
  const kernel = protocolLookup.get(protocol)!
  const shown = presentationLookup.get(protocol)!
  const [working, broken] = shown.gallery
  const ids = kernel.spec.variants

  describe(`the broken variants of ${kernel.spec.title}`, () => {
    it('are listed in the spec, each with a title and a one-paragraph explanation', () => {
      expect(shown.variants.map((v) => v.id)).toEqual(ids)
      for (const v of shown.variants) {
        expect(v.title.length).toBeGreaterThan(0)
        expect(v.explanation).not.toMatch(/\n/)
        expect(v.explanation.length).toBeGreaterThan(200)
      }
    })

    it('each have one gallery scenario of their own, apart from the working gallery', () => {
      expect(broken!.presets.map((p) => p.scenario.variant)).toEqual(ids)
      expect(broken!.presets.map((p) => p.id)).toEqual(ids.map((id) => `${protocol}-${id}`))
      const workingIds = new Set(working!.presets.map((p) => p.id))
      expect(broken!.presets.filter((p) => workingIds.has(p.id))).toEqual([])
    })

    it('have a note on why each invariant matters', () => {
      expect(Object.keys(shown.invariantNotes).sort()).toEqual([...invariants].sort())
    })
  })

  describe.each(broken!.presets.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('holds every invariant, with a linearizable history, when run correctly', () => {
      const scenario = withoutVariant(p.scenario)
      const summary = runScenario(scenario, kernel, defaultUntil(scenario))
      expect(summary.violations).toEqual([])
      expect(linearizable(summary.history)).toBe(true)
    })
  })
}
