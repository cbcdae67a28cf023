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
] as const satisfies readonly InputType[]

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
