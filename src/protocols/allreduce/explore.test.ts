import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'allreduce',
  {
    'no-dedup': { seed: 3, kind: 'invariant', invariant: 'Chunk Contributions' },
  },
  { cleanRuns: 25, timeoutMs: 30_000 },
)
