/** Parameter specifications: what a scenario's `params` may hold, with defaults and bounds. */

import type { ParamValue } from '../scenario/types'

export type ParamSpec =
  | {
      readonly kind: 'number'
      readonly min: number
      readonly max: number
      readonly integer?: boolean
      readonly default: number
      readonly label: string
    }
  | {
      readonly kind: 'range'
      readonly min: number
      readonly max: number
      readonly default: readonly [number, number]
      readonly label: string
    }
  /** An on/off switch, such as a protocol feature a teaching scenario turns off. */
  | {
      readonly kind: 'flag'
      readonly default: boolean
      readonly label: string
    }

export type ParamSpecs = Readonly<Record<string, ParamSpec>>

/** Parameters the kernel itself reads, shared by every protocol. */
export const KERNEL_PARAMS = {
  latencyMs: { kind: 'range', min: 0, max: 60_000, default: [10, 30], label: 'Latency (ms)' },
  lossRate: { kind: 'number', min: 0, max: 1, default: 0, label: 'Loss rate' },
  clientTimeoutMs: {
    kind: 'number',
    min: 1,
    max: 600_000,
    default: 500,
    label: 'Client timeout (ms)',
  },
  clientAttempts: {
    kind: 'number',
    min: 1,
    max: 100,
    integer: true,
    default: 10,
    label: 'Client attempts',
  },
} as const satisfies ParamSpecs

export type ResolvedParams = Readonly<Record<string, ParamValue>>

/** Fills missing keys with defaults. Assumes `given` was validated against `specs`. */
export function resolveParams(specs: ParamSpecs, given: Readonly<Record<string, ParamValue>>) {
  const out: Record<string, ParamValue> = {}
  for (const key of Object.keys(specs)) out[key] = given[key] ?? specs[key]!.default
  return out as ResolvedParams
}
