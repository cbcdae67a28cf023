/**
 * Hard key-value histories for the linearizability checker, made with the simulator the way
 * Porcupine's 50-client test data was made with a real store: about 50 operations in flight
 * at once over ten keys, on Raft with lossy links and a partition that moves the leader.
 * With the `stale-read` variant a cut-off leader answers gets from its own store, so some
 * key's history is not linearizable; without it, every key's is.
 */

import { fromSimHistory } from '../check/linearizability/from-sim'
import { raft } from '../protocols/raft'
import { get, heal, partition, put, scenarioOf } from '../scenario/builders'
import { createRng, nextInt } from '../sim/prng'
import { runScenario } from '../sim/summary'
import type { KvInput, KvOutput } from '../check/linearizability/kv-model'
import type { Operation } from '../check/linearizability/types'
import type { Input, Scenario } from '../scenario/types'

export interface ClientLoad {
  readonly seed: number
  readonly ops: number
  /** How many operations are in flight at once, roughly. */
  readonly clients: number
  readonly staleRead: boolean
  readonly lossRate: number
}

export const KEYS = 10
/** Operations are invoked this far apart; with clients, it sets how long each may take. */
const GAP_MS = 2
const START_MS = 600

/** Puts and gets over keys "0" … "9", one every GAP_MS, each by its own client. */
export function clientLoadScenario(load: ClientLoad): Scenario {
  const rng = createRng(load.seed)
  const inputs: Input[] = []
  const endMs = START_MS + load.ops * GAP_MS
  // The old leader's side of a partition keeps answering stale gets until it heals.
  inputs.push(partition(START_MS + (endMs - START_MS) / 3, ['n1', 'n2'], ['n3', 'n4', 'n5']))
  for (let i = 0; i < load.ops; i++) {
    const at = START_MS + i * GAP_MS
    const key = String(nextInt(rng, 0, KEYS - 1))
    inputs.push(nextInt(rng, 0, 1) === 0 ? get(at, key) : put(at, key, `x ${i} y`))
  }
  inputs.push(heal(START_MS + ((endMs - START_MS) * 2) / 3))
  inputs.sort((a, b) => a.at - b.at)
  const clientTimeoutMs = load.clients * GAP_MS * 2
  return scenarioOf('raft', load.seed, inputs, {
    params: { lossRate: load.lossRate, clientTimeoutMs, clientAttempts: 3 },
    ...(load.staleRead ? { variant: 'stale-read' } : {}),
  })
}

/** The run's client history as checker operations. */
export function clientLoadHistory(load: ClientLoad): Operation<KvInput, KvOutput>[] {
  const scenario = clientLoadScenario(load)
  const until = START_MS + load.ops * GAP_MS + 10 * load.clients * GAP_MS
  const converted = fromSimHistory(runScenario(scenario, raft, until).history)
  if (!converted.ok) throw new Error(converted.error)
  return converted.ops
}
