import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'swim',
  {
    'no-suspicion': { seed: 1, kind: 'invariant', invariant: 'Suspected Before Declared Dead' },
  },
  { cleanRuns: 150, timeoutMs: 30_000 },
)
