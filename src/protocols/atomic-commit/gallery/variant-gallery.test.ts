import { describe, expect, it } from 'vitest'
import { describeVariantGallery, variantPreset } from '../../../test/variant-gallery'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const twoPhase = protocolLookup.get('2pc')!

describeVariantGallery('2pc', ['Atomicity', 'No Commit Without Votes'])

describe('presume-commit-on-timeout', () => {
  const p = variantPreset('2pc', 'presume-commit-on-timeout')

  it('commits T1 at the cut-off n2 while n1 aborts it', () => {
    const { violations } = runScenario(p.scenario, twoPhase, p.t)
    expect(violations.map((v) => [v.invariant, v.message])).toEqual([
      ['Atomicity', 'T1 committed at n2 but aborted at n4, n3'],
      ['No Commit Without Votes', 'n2 committed T1 without a yes vote from n4'],
    ])
  })
})

describe('volatile-decision', () => {
  const p = variantPreset('2pc', 'volatile-decision')

  it('aborts T1 at n3 after the restarted coordinator forgot it committed', () => {
    const { violations, history } = runScenario(p.scenario, twoPhase, p.t)
    expect(history.map((h) => h.output)).toEqual(['committed'])
    expect(violations.map((v) => v.message)).toEqual(['T1 committed at n2, n4 but aborted at n3'])
  })
})
