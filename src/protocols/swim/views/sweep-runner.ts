/**
 * Loss sweeps, kept by what they depend on: the protocol, variant, members, seed and
 * parameters.
 */

import { createSweepRunner } from '../../../components/sweeps/sweep-runner'
import type { CaseResult } from '../loss-sweep'

export const lossSweeps = createSweepRunner<CaseResult>({
  key: (s) => JSON.stringify([s.protocol, s.variant ?? null, s.nodes, s.seed, s.params]),
  spawn: () => new Worker(new URL('./loss-sweep.worker.ts', import.meta.url), { type: 'module' }),
})
