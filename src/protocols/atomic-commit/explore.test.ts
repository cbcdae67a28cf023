import { describe, expect, it } from 'vitest'
import { describeExploration } from '../../test/explore-variants'
import { explore } from '../../check/explore'

describeExploration(
  '2pc',
  {
    'presume-commit-on-timeout': {
      seed: 1,
      kind: 'invariant',
      invariant: 'No Commit Without Votes',
    },
    'volatile-decision': { seed: 236, kind: 'invariant', invariant: 'Atomicity' },
  },
  { cleanRuns: 150, timeoutMs: 30_000, note: ', cooperative termination drawn on or off' },
)

describe('exploring three-phase commit', () => {
  it('finds the partition that breaks Atomicity, and shrinks it to a few inputs', () => {
    const { found } = explore({ protocol: '3pc', seeds: 100 })
    expect(found).toMatchObject({ seed: 43, invariant: 'Atomicity' })
    expect(found!.scenario.inputs.map((i) => i.type)).toContain('partition')
    expect(found!.inputsAfter).toBeLessThanOrEqual(4)
  }, 30_000)
})
