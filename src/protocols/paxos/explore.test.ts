import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'paxos',
  {
    'accept-any-value': { seed: 1, kind: 'invariant', invariant: 'Agreement' },
    'no-promise-check': { seed: 1, kind: 'invariant', invariant: 'Agreement' },
    'volatile-acceptor': { seed: 1, kind: 'invariant', invariant: 'Promise Monotonicity' },
  },
  { cleanRuns: 150, timeoutMs: 15_000 },
)
