import { describeVariantGallery } from '../../../test/variant-gallery'
import { describe, expect, it } from 'vitest'
import { MAPREDUCE_VARIANT_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'
import { LOST_MAPS_RERUN, OUTPUT_CORRECT, PARTITION_CORRECT } from '../invariants'

describeVariantGallery('mapreduce', [OUTPUT_CORRECT, PARTITION_CORRECT, LOST_MAPS_RERUN])

describe('the no-reexecute story', () => {
  it('breaks Lost Map Output Re-executed just before its moment, and never finishes', () => {
    const p = MAPREDUCE_VARIANT_GALLERY[0]!
    const kernel = protocolLookup.get('mapreduce')!
    const run = runScenario(p.scenario, kernel, 8000)
    expect(run.violations.map((v) => v.invariant)).toContain(LOST_MAPS_RERUN)
    expect(p.t - run.violations[0]!.at).toBeLessThan(200)
    expect(run.violations[0]!.at).toBeLessThanOrEqual(p.t)
    expect((run.measures as { jobMs: number | null }).jobMs).toBeNull()
  })
})
