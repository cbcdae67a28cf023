import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'mapreduce',
  {
    'no-reexecute': { seed: 3, kind: 'invariant', invariant: 'Lost Map Output Re-executed' },
  },
  { cleanRuns: 100, timeoutMs: 30_000 },
)
