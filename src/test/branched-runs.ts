/**
 * Real runs with faults, each with a branch of it: the same scenario with a crash added
 * partway, run on from the parent's last checkpoint before it (Timeline.branch). What an
 * index copied for a branch (`prefix`) is tested on: the two traces share their first
 * `shared` entries and differ from there.
 */

import { Timeline } from '../timeline/timeline'
import { randomScenario } from '../check/random-scenario'
import { protocolLookup } from '../protocols/registry'
import { insertInput } from '../store/branches'
import { same } from '../sim/trace-intern'
import type { TraceEntry } from '../sim/trace'

export interface BranchedRun {
  readonly name: string
  readonly nodes: readonly string[]
  readonly parent: readonly TraceEntry[]
  readonly branch: readonly TraceEntry[]
  /** How many first entries the two traces share. */
  readonly shared: number
}

const CASES = [
  { protocol: 'raft', seed: 1 },
  { protocol: 'paxos', seed: 2 },
  { protocol: 'primary-backup', seed: 3 },
  { protocol: 'chain', seed: 4 },
  { protocol: 'swim', seed: 5 },
] as const

export function branchedRuns(untilMs = 4000): BranchedRun[] {
  return CASES.map(({ protocol, seed }) => {
    const scenario = randomScenario(seed, {
      protocol,
      durationMs: untilMs,
      faultEveryMs: 300,
      clientEveryMs: 150,
    })
    const run = new Timeline(scenario, protocolLookup.get(protocol)!)
    run.extendTo(untilMs)
    const atMs = Math.round(untilMs * 0.55)
    const crash = { at: atMs, type: 'crash', node: 'n2' } as const
    const changed = { ...scenario, inputs: insertInput(scenario.inputs, crash) }
    const forked = run.branch(changed, atMs)
    forked.extendTo(untilMs)
    const parent = run.trace.slice()
    const branch = forked.trace.slice()
    let shared = 0
    while (shared < branch.length && same(parent[shared], branch[shared])) shared++
    return { name: protocol, nodes: run.context.ids, parent, branch, shared }
  })
}
