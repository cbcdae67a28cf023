/** Small builders that keep the gallery's scenarios short enough to read as stories. */

import type { Input, NodeId, Params, Scenario } from '../../../scenario/types'
import type { PaxosVariant } from '../variants'

export function paxosScenario(
  seed: number,
  inputs: readonly Input[],
  options: { nodes?: number; params?: Params; variant?: PaxosVariant } = {},
): Scenario {
  return {
    version: 1,
    protocol: 'paxos',
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    nodes: options.nodes ?? 5,
    seed,
    params: options.params ?? {},
    inputs,
  }
}

export function put(at: number, key: string, value: string, node?: NodeId): Input {
  return { at, type: 'client', op: 'put', key, value, ...(node === undefined ? {} : { node }) }
}

export function get(at: number, key: string, node?: NodeId): Input {
  return { at, type: 'client', op: 'get', key, ...(node === undefined ? {} : { node }) }
}

export const timeout = (at: number, node: NodeId): Input => ({ at, type: 'timeout', node })
export const crash = (at: number, node: NodeId): Input => ({ at, type: 'crash', node })
export const restart = (at: number, node: NodeId): Input => ({ at, type: 'restart', node })
/** Message ids count sends from 1; each was read off the trace of the inputs before it. */
export const drop = (at: number, message: number): Input => ({ at, type: 'drop', message })
export const partition = (at: number, ...groups: NodeId[][]): Input => ({
  at,
  type: 'partition',
  groups,
})
export const heal = (at: number): Input => ({ at, type: 'heal' })
