/** A node's first context, on a first start or back from a crash with its checkpoint. */

import { MODES, type Checkpoint, type Options, type ReduceContext } from './types'
import type { ResolvedParams } from '../../sim/params'

export function optionsOf(params: ResolvedParams, noDedup: boolean, seed: number): Options {
  return {
    mode: MODES[params.mode as number] ?? 'ring',
    vectorLength: params.vectorLength as number,
    elementBytes: params.elementBytes as number,
    steps: params.steps as number,
    computeMs: params.computeMs as number,
    retryMs: params.retryMs as number,
    checkpointEvery: params.checkpointEvery as number,
    elastic: params.restartFromCheckpoint === true,
    noDedup,
    seed,
  }
}

export function startContext(
  id: string,
  size: number,
  opts: Options,
  durable: Checkpoint | null,
): ReduceContext {
  // Without elastic training, a restarted process knows nothing of the job it was in.
  const resume = opts.elastic ? durable : null
  const checkpoint = resume ?? {
    step: 0,
    params: Array.from({ length: opts.vectorLength }, () => 0),
  }
  return {
    id,
    index: Number(id.slice(1)) - 1,
    size,
    opts,
    step: checkpoint.step,
    params: checkpoint.params,
    computing: false,
    held: Array.from({ length: size }, () => null),
    sent: [],
    acked: [],
    heard: [],
    applied: null,
    checkpoint,
    bytesSent: 0,
    adopted: 0,
    restarted: durable !== null,
  }
}
