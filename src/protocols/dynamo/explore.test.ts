import { describeExploration } from '../../test/explore-variants'

describeExploration(
  'dynamo',
  {
    'no-read-repair': { seed: 8, kind: 'invariant', invariant: 'Reads Written Back' },
    'lww-clock-skew': { seed: 26, kind: 'invariant', invariant: 'Acknowledged Writes Survive' },
  },
  { cleanRuns: 150, timeoutMs: 30_000, note: ', LWW, ABD and sloppy quorums drawn on or off' },
)
