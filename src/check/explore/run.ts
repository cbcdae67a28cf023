/**
 * One exploration run, made fast: no trace is recorded (only invariants and the client
 * history matter here), and the run stops at the first broken invariant. Which events
 * happen is exactly as in a full run: the recorder only watches, it never decides.
 */

import { checkRunHistory } from './history-check'
import { createSimulation, nextEventTime, stepEvent, type Simulation } from '../../sim/kernel'
import { historyOf } from '../../sim/summary'
import type { Failure } from './types'
import type { Protocol, Violation } from '../../sim/protocol'
import type { Scenario } from '../../scenario/types'

export interface WatchedRun extends Simulation {
  /** The first invariant violation of the run so far, or null. */
  readonly first: () => Violation | null
}

/** A simulation of `scenario` that records nothing and notes the first violation. */
export function startRun(scenario: Scenario, protocol: Protocol): WatchedRun {
  let first: Violation | null = null
  const inner = protocol.invariants
  const invariants: typeof inner = {
    ...inner,
    check(ghost, at, node, before, after, all, clients) {
      const found = inner.check(ghost, at, node, before, after, all, clients)
      if (found.length > 0 && first === null) first = found[0]!
      return found
    },
  }
  const sim = createSimulation(scenario, { ...protocol, invariants }, { keepTrace: false })
  // Past the nodes' start, nothing is recorded: a recorder only hashes what happens.
  sim.ctx.recorder = null
  return { ...sim, first: () => first }
}

/** How the run went wrong: its first violation, else its history, checked at the end. */
export function runFailure(run: WatchedRun, runMs: number): Failure | null {
  const v = run.first()
  if (v !== null) return { kind: 'invariant', invariant: v.invariant, at: v.at, message: v.message }
  // A history that is not linearizable is a failure only where the protocol promised one.
  const promised = run.ctx.protocol.spec.linearizable?.(run.ctx.params) ?? true
  return promised ? checkRunHistory(historyOf(run.world), runMs) : null
}

/** Runs `scenario` for `runMs` virtual ms; the way it failed, or null when it did not. */
export function runForFailure(
  scenario: Scenario,
  protocol: Protocol,
  runMs: number,
): Failure | null {
  const run = startRun(scenario, protocol)
  const { ctx, world } = run
  while (run.first() === null && nextEventTime(ctx, world) <= runMs) stepEvent(ctx, world)
  return runFailure(run, runMs)
}

/** Whether two failures are the same kind of failure (for shrinking: still fails "the same way"). */
export function sameFailure(a: Failure, b: Failure): boolean {
  return a.kind === b.kind && a.invariant === b.invariant
}
