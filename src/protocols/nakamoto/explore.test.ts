import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'nakamoto',
  {
    'selfish-mining': { seed: 4, kind: 'invariant', invariant: 'Found Blocks Published' },
  },
  { cleanRuns: 100, timeoutMs: 30_000 },
)
