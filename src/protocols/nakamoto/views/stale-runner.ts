/** Stale-rate sweeps, kept by what they depend on: the seed and the parameters. */

import { createSweepRunner } from '../../../components/sweeps/sweep-runner'
import type { StalePoint } from '../stale-sweep'

export const staleSweeps = createSweepRunner<StalePoint>({
  key: (s) => JSON.stringify([s.seed, s.params]),
  spawn: () => new Worker(new URL('./stale-sweep.worker.ts', import.meta.url), { type: 'module' }),
})
