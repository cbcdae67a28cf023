/**
 * A node as the CLI's JSON and the accessible names see it: `worker, step S` or `server`,
 * with its training step and its model vector (the sum of every gradient it applied); a
 * crashed node shows its checkpoint.
 */

import type { Checkpoint, ReduceContext } from './types'

export const roleOf = (c: ReduceContext) =>
  c.opts.mode === 'server' && c.index === 0 ? 'server' : 'worker'

export function describeNode(c: ReduceContext) {
  return { step: c.step, vector: c.params }
}

export function describeCrashed(d: Checkpoint | null) {
  return { step: d?.step ?? 0, vector: d?.params ?? [] }
}
