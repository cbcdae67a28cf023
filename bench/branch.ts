/**
 * What pressing Send costs one minute into a run: the store branches the run at the
 * cursor (`Timeline.branch`), simulates the branch up to the cursor, and the views ask
 * each index for the run so far. Measured in CPU time, best of a few, for 9- and 25-node
 * Raft under client load, with every index built over the run first, as a playing app has.
 */

import { Timeline } from '../src/timeline/timeline'
import { raft } from '../src/protocols/raft'
import type { Protocol } from '../src/sim/protocol'
import type { Scenario } from '../src/scenario/types'
import { clientLoad } from './workloads'
import { fmt } from './stats'

const protocol = raft as unknown as Protocol
const AT_MS = 60_000
const RUNS = 5

/** CPU milliseconds `run` takes. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Asks every index for the run so far, as the panels do in a frame. */
function readIndexes(timeline: Timeline): void {
  timeline.updateIndexes()
  timeline.markers()
  timeline.violations()
  timeline.eventIndex()
  timeline.series()
  // The diagram's window on its first lanes, as a 25-node one shows them (a lane index).
  const spacetime = timeline.spacetime()
  const { end } = spacetime.extent()
  spacetime.visibleOn(end - 2000, end, timeline.context.ids.slice(0, 7))
}

function benchNodes(nodes: number): Record<string, number> {
  const scenario = clientLoad({ nodes, seed: 5, durationMs: AT_MS, everyMs: 200 })
  const parent = new Timeline(scenario, protocol)
  // The head runs a little ahead of the cursor, as it does while the app plays.
  parent.extendTo(AT_MS + 500)
  readIndexes(parent)
  parent.causalView()
  const best = { branch: Infinity, simulate: Infinity, indexes: Infinity, causal: Infinity }
  for (let i = 0; i < RUNS; i++) {
    const input = { at: AT_MS, type: 'client', op: 'put', key: 'x', value: `v${i}` } as const
    const changed: Scenario = { ...scenario, inputs: [...scenario.inputs, input] }
    let run: Timeline | null = null
    best.branch = Math.min(
      best.branch,
      cpuMs(() => (run = parent.branch(changed, AT_MS))),
    )
    const branch = run! as Timeline
    best.simulate = Math.min(
      best.simulate,
      cpuMs(() => branch.extendTo(AT_MS)),
    )
    best.indexes = Math.min(
      best.indexes,
      cpuMs(() => readIndexes(branch)),
    )
    best.causal = Math.min(
      best.causal,
      cpuMs(() => branch.causalView()),
    )
  }
  const entries = fmt(parent.trace.length)
  console.log(
    `branch at 1 min, ${String(nodes).padStart(2)} nodes     branch ${fmt(best.branch, 1)} ms, simulate to cursor ${fmt(best.simulate, 1)} ms, indexes ${fmt(best.indexes, 1)} ms, causal view ${fmt(best.causal, 1)} ms (CPU, best of ${RUNS}; ${entries} entries)`,
  )
  return {
    [`branch${nodes}Ms`]: best.branch,
    [`branchSimulate${nodes}Ms`]: best.simulate,
    [`branchIndexes${nodes}Ms`]: best.indexes,
    [`branchCausal${nodes}Ms`]: best.causal,
  }
}

export function benchBranch(): Record<string, number> {
  return { ...benchNodes(9), ...benchNodes(25) }
}
