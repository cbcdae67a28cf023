/**
 * Small builders that keep hand-written scenarios (gallery stories, lessons, tests) short
 * enough to read as stories. Each returns plain scenario data, as a file would hold it.
 */

import type { Input, NodeId, Params, Scenario } from './types'

export interface ScenarioOptions<V extends string = string> {
  readonly nodes?: number
  readonly params?: Params
  readonly variant?: V
}

/** A version-1 scenario of `protocol` on five nodes unless `options` say otherwise. */
export function scenarioOf(
  protocol: string,
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions = {},
): Scenario {
  return {
    version: 1,
    protocol,
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
/** Message ids count sends from 1; each is read off the trace of the inputs before it. */
export const drop = (at: number, message: number): Input => ({ at, type: 'drop', message })
export const partition = (at: number, ...groups: NodeId[][]): Input => ({
  at,
  type: 'partition',
  groups,
})
export const vote = (at: number, node: NodeId, value: 'yes' | 'no'): Input => ({
  at,
  type: 'vote',
  node,
  value,
})
export const heal = (at: number): Input => ({ at, type: 'heal' })
export const join = (at: number): Input => ({ at, type: 'join' })
export const leave = (at: number, node: NodeId): Input => ({ at, type: 'leave', node })
