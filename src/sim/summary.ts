/**
 * What a run comes to at a given time, in the shape of the CLI's JSON (DESIGN.md): the
 * same function serves the command line and the browser, so the two can be compared.
 */

import { createSimulation, runUntil } from './kernel'
import type { SimContext } from './context'
import type { Protocol } from './protocol'
import type { World } from './world'
import type { Scenario } from '../scenario/types'

/** How long a run lasts when no --until is given: past the last input, at least 10 s. */
export function defaultUntil(scenario: Scenario): number {
  const last = scenario.inputs.at(-1)?.at ?? 0
  return Math.max(10_000, last + 2_000)
}

export interface HistoryEntry {
  readonly op: string
  readonly key: string
  readonly value: string | null
  readonly invokedAt: number
  /** Null when the client gave up: the outcome is unknown. */
  readonly returnedAt: number | null
  readonly ok: boolean
  readonly output: string | null
  readonly client: string
  readonly outcome: 'pending' | 'ok' | 'timeout'
}

export interface RunSummary {
  readonly protocol: string
  readonly variant?: string
  readonly seed: number
  readonly until: number
  readonly events: number
  readonly traceHash: string
  readonly nodes: readonly ({ id: string; up: boolean; role: string } & Record<string, unknown>)[]
  readonly history: readonly HistoryEntry[]
  readonly violations: readonly {
    invariant: string
    at: number
    message: string
    nodes: readonly string[]
  }[]
  /** Null: the history has not been checked for linearizability. */
  readonly linearizable: boolean | null
  /** What the protocol measured of the run, when it measures anything (`Protocol.measures`). */
  readonly measures?: Readonly<Record<string, unknown>>
}

/**
 * Every node that has been in the cluster: a node that left is `left`; one that has yet
 * to join is not listed.
 */
export function nodeSummaries(ctx: SimContext, w: World): RunSummary['nodes'] {
  return w.nodes.slice(0, w.nextJoin).map((n) => {
    if (n.absent === true) return { id: n.id, up: false, role: 'left' }
    if (!n.up)
      return { id: n.id, up: false, role: 'crashed', ...ctx.protocol.describeDurable(n.durable) }
    const view = ctx.protocol.view(n.state)
    return { id: n.id, up: true, role: view.role, ...ctx.protocol.describe(n.state) }
  })
}

export function historyOf(w: World): HistoryEntry[] {
  return w.clients.map((c) => ({
    op: c.op,
    key: c.key,
    value: c.value,
    invokedAt: c.invokedAt,
    returnedAt: c.returnedAt,
    ok: c.outcome === 'ok',
    output: c.output,
    client: c.client,
    outcome: c.outcome,
  }))
}

export function summarize(ctx: SimContext, w: World, until: number): RunSummary {
  const violations = ctx.recorder?.entries?.ofKind('violation') ?? []
  return {
    protocol: ctx.scenario.protocol,
    ...(ctx.scenario.variant === undefined ? {} : { variant: ctx.scenario.variant }),
    seed: ctx.scenario.seed,
    until,
    events: w.events,
    traceHash: ctx.recorder?.hash() ?? '',
    nodes: nodeSummaries(ctx, w),
    history: historyOf(w),
    violations: violations.map((e) => ({
      invariant: e.invariant,
      at: e.t,
      message: e.message,
      nodes: e.nodes,
    })),
    linearizable: null,
    ...(ctx.protocol.measures === undefined ? {} : { measures: ctx.protocol.measures(w.ghost) }),
  }
}

/** Runs a scenario from the start to `until` and sums it up. */
export function runScenario(scenario: Scenario, protocol: Protocol, until: number): RunSummary {
  const sim = createSimulation(scenario, protocol)
  runUntil(sim.ctx, sim.world, until)
  return summarize(sim.ctx, sim.world, until)
}
