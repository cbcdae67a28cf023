import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'chain',
  {
    'read-any-node': { seed: 1, kind: 'linearizability', invariant: 'Linearizability' },
    'no-resend-on-repair': { seed: 77, kind: 'invariant', invariant: 'History Prefix' },
  },
  { cleanRuns: 150, timeoutMs: 30_000, note: ', CRAQ drawn on or off' },
)
