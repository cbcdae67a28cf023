/**
 * Random fault schedules, derived from one seed: crashes and restarts, partitions and
 * heals, forced timeouts, message drops, duplicates and delays, lossy links and client
 * load. The same seed always gives the same scenario, so a failure is reproduced by its
 * seed alone (the swarm tests, and later the explorer, are built on this).
 */

import { createRng, nextFloat, nextInt, type Rng } from '../sim/prng'
import { nodeIds, type Input, type ParamValue, type Scenario } from '../scenario/types'
import type { ParamSpecs } from '../sim/params'

export interface SwarmOptions {
  readonly protocol?: string
  /** A broken version of the protocol to run (DESIGN.md, `variant`). */
  readonly variant?: string
  /**
   * The protocol's own parameters: each on/off flag is also drawn, so a schedule may run
   * with a feature off (Raft without its leader no-op). Left out, no flag is touched.
   */
  readonly flags?: ParamSpecs
  readonly nodes?: number
  readonly durationMs?: number
  /** Mean time between faults. */
  readonly faultEveryMs?: number
  /** Mean time between client operations. */
  readonly clientEveryMs?: number
  /** Client operations are transactions over a few keys (`txn`), not gets and puts. */
  readonly txns?: boolean
  /** Nodes vote (atomic commit): some faults force a node to vote no. */
  readonly votes?: boolean
  /**
   * Client operations about the nodes themselves (a failure detector's `status`): each asks
   * a random node about a random node, instead of gets and puts of keys.
   */
  readonly nodeQueries?: string
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[nextInt(rng, 0, items.length - 1)]!
}

function randomGroups(rng: Rng, ids: readonly string[]): string[][] {
  const count = nextInt(rng, 2, Math.min(3, ids.length))
  const groups: string[][] = Array.from({ length: count }, () => [])
  // Every group gets one node first, so none is empty.
  const shuffled = ids.slice()
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = nextInt(rng, 0, i)
    ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
  }
  shuffled.forEach((id, i) => groups[i < count ? i : nextInt(rng, 0, count - 1)]!.push(id))
  return groups
}

function randomFault(
  rng: Rng,
  at: number,
  ids: readonly string[],
  sent: number,
  votes: boolean,
): Input {
  const node = pick(rng, ids)
  const message = nextInt(rng, Math.max(1, sent - 40), sent + 10)
  switch (nextInt(rng, 0, 9)) {
    case 0:
      return { at, type: 'crash', node }
    case 1:
      return { at, type: 'restart', node }
    case 2:
      return { at, type: 'partition', groups: randomGroups(rng, ids) }
    case 3:
      return { at, type: 'heal' }
    case 4:
      return { at, type: 'timeout', node }
    case 5:
      return { at, type: 'drop', message }
    case 6:
      return { at, type: 'duplicate', message }
    case 7:
      return { at, type: 'delay', message, byMs: nextInt(rng, 10, 500) }
    case 8: {
      const to = pick(
        rng,
        ids.filter((id) => id !== node),
      )
      return to === undefined
        ? { at, type: 'timeout', node }
        : { at, type: 'link', from: node, to, lossRate: Math.round(nextFloat(rng) * 100) / 100 }
    }
    default:
      return votes ? { at, type: 'vote', node, value: 'no' } : { at, type: 'restart', node }
  }
}

/** A transaction writing one value to one to three of `keys`, named as `"x,y"`. */
function randomTxn(rng: Rng, at: number, keys: readonly string[], value: string): Input {
  const count = nextInt(rng, 1, 3)
  const chosen = keys.filter(() => nextFloat(rng) < count / keys.length)
  const key = (chosen.length > 0 ? chosen : [pick(rng, keys)]).join(',')
  return { at, type: 'client', op: 'txn', key, value }
}

/** A scenario of random faults and client operations, then a calm end: heal, restart all. */
export function randomScenario(seed: number, options: SwarmOptions = {}): Scenario {
  const rng = createRng(seed ^ 0x5eed)
  const nodes = options.nodes ?? nextInt(rng, 3, 5)
  const ids = nodeIds(nodes)
  const duration = options.durationMs ?? 10_000
  const faultEvery = options.faultEveryMs ?? 300
  const clientEvery = options.clientEveryMs ?? 150
  const inputs: Input[] = []
  const keys = ['x', 'y', 'z']
  let nextFault = nextInt(rng, 0, 2 * faultEvery)
  let nextClient = nextInt(rng, 0, 2 * clientEvery)
  // Rough count of messages sent so far, so that drop/duplicate/delay often hit one.
  const perMs = nodes / 10
  while (Math.min(nextFault, nextClient) < duration) {
    if (nextFault <= nextClient) {
      const sent = Math.round(nextFault * perMs)
      inputs.push(randomFault(rng, nextFault, ids, sent, options.votes === true))
      nextFault += nextInt(rng, 1, 2 * faultEvery)
    } else {
      const key = pick(rng, keys)
      const at = nextClient
      const value = String(nextInt(rng, 0, 99))
      inputs.push(
        options.nodeQueries !== undefined
          ? {
              at,
              type: 'client',
              op: options.nodeQueries,
              key: pick(rng, ids),
              node: pick(rng, ids),
            }
          : options.txns === true
            ? randomTxn(rng, at, [...keys, 'w'], value)
            : nextFloat(rng) < 0.5
              ? { at, type: 'client', op: 'get', key }
              : { at, type: 'client', op: 'put', key, value },
      )
      nextClient += nextInt(rng, 1, 2 * clientEvery)
    }
  }
  inputs.push({ at: duration, type: 'heal' })
  for (const node of ids) inputs.push({ at: duration, type: 'restart', node })
  for (const from of ids) {
    for (const to of ids) if (from !== to) inputs.push({ at: duration, type: 'link', from, to })
  }
  return {
    version: 1,
    protocol: options.protocol ?? 'raft',
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    nodes,
    seed,
    params: {
      lossRate: nextFloat(rng) < 0.3 ? 0.05 : 0,
      ...randomFlags(seed, options.flags ?? {}),
    },
    inputs,
  }
}

/**
 * Each flag is on or off with equal chance. The draws come from a stream of their own, so
 * that asking for flags leaves the rest of a seed's schedule as it was.
 */
function randomFlags(seed: number, specs: ParamSpecs): Record<string, ParamValue> {
  const rng = createRng(seed ^ 0xf1a65)
  const flags: Record<string, ParamValue> = {}
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.kind === 'flag' && nextFloat(rng) < 0.5) flags[name] = !spec.default
  }
  return flags
}
