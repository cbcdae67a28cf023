import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { REDUCE_VARIANT_GALLERY } from '.'
import { REDUCE_VARIANT_IDS } from '../variants'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const kernel = protocolLookup.get('allreduce')!

describe('the all-reduce variant gallery', () => {
  it('has one story per broken variant', () => {
    expect(REDUCE_VARIANT_GALLERY.map((p) => p.scenario.variant)).toEqual([...REDUCE_VARIANT_IDS])
  })

  describe.each(REDUCE_VARIANT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks Chunk Contributions, then Exact Sum, just before its moment; the correct protocol does not', () => {
      const run = runScenario(p.scenario, kernel, p.t)
      expect(run.violations.map((v) => v.invariant)).toEqual(['Chunk Contributions', 'Exact Sum'])
      expect(p.t - run.violations[0]!.at).toBeLessThan(500)
      const { variant: _, ...correct } = p.scenario
      expect(runScenario(correct, kernel, p.t + 5000).violations).toEqual([])
    })
  })
})
