/**
 * Scenarios the benchmarks run, deterministic by seed: Raft with a steady client load, and a
 * large SWIM group with a crash.
 */

import type { Input, Scenario } from '../src/scenario/types'

/** One client operation every `everyMs`, alternating puts and gets over a few keys. */
export function clientLoad(options: {
  nodes: number
  seed: number
  durationMs: number
  everyMs: number
}): Scenario {
  const inputs: Input[] = []
  let i = 0
  for (let at = 500; at < options.durationMs; at += options.everyMs, i++) {
    const key = `k${i % 8}`
    inputs.push(
      i % 2 === 0
        ? { at, type: 'client', op: 'put', key, value: String(i) }
        : { at, type: 'client', op: 'get', key },
    )
  }
  return raftScenario(options, inputs)
}

/**
 * A SWIM group of `nodes` members probing each other, n7 crashing at `crashAt`: playback
 * from just before it shows the suspicion spreading, then the death.
 */
export function swimCrash(options: { nodes: number; seed: number; crashAt: number }): Scenario {
  return {
    version: 1,
    protocol: 'swim',
    nodes: options.nodes,
    seed: options.seed,
    params: {},
    inputs: [{ at: options.crashAt, type: 'crash', node: 'n7' }],
  }
}

/**
 * A Raft cluster at rest but for a client `put` of key x every `everyMs` from `fromMs`,
 * each with the next value: what the Clients panel sends when its Send is pressed on a
 * timer (bench/frames.ts), here written into the scenario.
 */
export function putLoad(options: {
  nodes: number
  seed: number
  fromMs: number
  durationMs: number
  everyMs: number
}): Scenario {
  const inputs: Input[] = []
  for (let at = options.fromMs, i = 1; at < options.durationMs; at += options.everyMs, i++) {
    inputs.push({ at, type: 'client', op: 'put', key: 'x', value: String(i) })
  }
  return raftScenario(options, inputs)
}

/** A Raft scenario of `nodes` and `seed` with default parameters and these inputs. */
function raftScenario(options: { nodes: number; seed: number }, inputs: Input[]): Scenario {
  return {
    version: 1,
    protocol: 'raft',
    nodes: options.nodes,
    seed: options.seed,
    params: {},
    inputs,
  }
}
