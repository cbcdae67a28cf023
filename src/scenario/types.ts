/** The scenario format, version 1 (DESIGN.md). A scenario fully determines its run. */

export type NodeId = string

export type ParamValue = number | boolean | readonly [number, number]
export type Params = Readonly<Record<string, ParamValue>>

interface At {
  readonly at: number
}

export type Input =
  | (At & { readonly type: 'crash' | 'restart' | 'timeout'; readonly node: NodeId })
  | (At & { readonly type: 'partition'; readonly groups: readonly (readonly NodeId[])[] })
  | (At & { readonly type: 'heal' })
  /** A new node joins: the next id after every node so far (n6 after n1 … n5). */
  | (At & { readonly type: 'join' })
  /** A node leaves the cluster for good (unlike a crash, it never comes back). */
  | (At & { readonly type: 'leave'; readonly node: NodeId })
  /** A node's next vote is forced (atomic commit): `no` makes it refuse the next prepare. */
  | (At & { readonly type: 'vote'; readonly node: NodeId; readonly value: 'yes' | 'no' })
  | (At & {
      readonly type: 'client'
      readonly op: string
      readonly key: string
      readonly value?: string
      readonly node?: NodeId
    })
  | (At & { readonly type: 'drop' | 'duplicate'; readonly message: number })
  | (At & { readonly type: 'delay'; readonly message: number; readonly byMs: number })
  | (At & {
      readonly type: 'link'
      readonly from: NodeId
      readonly to: NodeId
      readonly lossRate?: number
      readonly latencyMs?: readonly [number, number]
    })

export type InputType = Input['type']

export const INPUT_TYPES = [
  'crash',
  'restart',
  'timeout',
  'partition',
  'heal',
  'client',
  'drop',
  'duplicate',
  'delay',
  'link',
  'join',
  'leave',
  'vote',
] as const satisfies readonly InputType[]

/** Inputs only a protocol that supports membership (`spec.membership`) accepts. */
export const MEMBERSHIP_INPUTS: readonly InputType[] = ['join', 'leave']

/** Inputs only a protocol whose nodes vote (`spec.votes`) accepts. */
export const VOTE_INPUTS: readonly InputType[] = ['vote']

export interface Scenario {
  readonly version: 1
  readonly protocol: string
  readonly variant?: string
  readonly nodes: number
  readonly seed: number
  readonly params: Params
  readonly inputs: readonly Input[]
}

/** Node ids are n1 … nN. */
export function nodeIds(count: number): NodeId[] {
  return Array.from({ length: count }, (_, i) => `n${i + 1}`)
}

/** How many `join` inputs a scenario has. */
export function joinCount(inputs: readonly Input[]): number {
  let joins = 0
  for (const input of inputs) if (input.type === 'join') joins++
  return joins
}

/**
 * Every node a run ever has: the `nodes` it starts with, then one per `join`, in the order
 * they join (n6, n7, … after n1 … n5).
 */
export function scenarioNodeIds(scenario: Pick<Scenario, 'nodes' | 'inputs'>): NodeId[] {
  return nodeIds(scenario.nodes + joinCount(scenario.inputs))
}
