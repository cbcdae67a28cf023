import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'primary-backup',
  {
    'no-forward': { seed: 1, kind: 'invariant', invariant: 'Acknowledged Writes Survive' },
    'stale-primary': { seed: 66, kind: 'linearizability', invariant: 'Linearizability' },
  },
  { cleanRuns: 150, timeoutMs: 30_000 },
)
