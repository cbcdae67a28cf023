import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { SWIM_VARIANT_GALLERY } from '.'
import { SWIM_VARIANT_IDS } from '../variants'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const swim = protocolLookup.get('swim')!

describe('the SWIM variant gallery', () => {
  it('has one story per broken variant', () => {
    expect(SWIM_VARIANT_GALLERY.map((p) => p.scenario.variant)).toEqual([...SWIM_VARIANT_IDS])
  })

  describe.each(SWIM_VARIANT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks Suspected Before Declared Dead just before its moment, and the correct protocol does not', () => {
      const run = runScenario(p.scenario, swim, p.t)
      expect(run.violations.map((v) => v.invariant)).toEqual(['Suspected Before Declared Dead'])
      expect(p.t - run.violations[0]!.at).toBeLessThan(500)
      const { variant: _, ...correct } = p.scenario
      expect(runScenario(correct, swim, p.t + 5000).violations).toEqual([])
    })
  })
})
