/**
 * Steps XState machines as pure functions for the kernel. One actor scope is made per
 * machine and reused for every transition (stock `transition()` builds an actor per call
 * and is several times slower). A custom action named `effects` carries the effects
 * (sends, timers) a step made, as data; XState's own delayed events are refused, since a timer held by XState
 * would escape the kernel's queue and its checkpoints.
 */

import { createActor, type AnyStateMachine, type EventObject, type SnapshotFrom } from 'xstate'
import { createFastStep } from './xstate-fast-step'
import type { ClientRequest, Effect, NodeEvent, Step } from '../sim/protocol'

export interface Stepper<M extends AnyStateMachine> {
  init(input: unknown): Step<SnapshotFrom<M>>
  step(snapshot: SnapshotFrom<M>, event: EventObject): Step<SnapshotFrom<M>>
}

export function createStepper<M extends AnyStateMachine>(machine: M): Stepper<M> {
  let effects: Effect[] = []
  const onAction = (type: string, params: unknown, into: Effect[]) => {
    if (type === 'effects') into.push(...(params as readonly Effect[]))
    else if (type.startsWith('xstate.')) {
      throw new Error(`${machine.id}: ${type} is not allowed; use kernel timers`)
    }
  }
  const self = createActor(machine, { input: undefined as never })
  const scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => {},
    logger: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: (action: { type: string; params?: unknown }) =>
      onAction(action.type, action.params, effects),
  }
  const fast = createFastStep(machine, scope, onAction)
  const full = (snapshot: SnapshotFrom<M>, event: EventObject): SnapshotFrom<M> =>
    machine.transition(snapshot, event, scope as never) as SnapshotFrom<M>
  const step = (snapshot: SnapshotFrom<M>, event: EventObject): Step<SnapshotFrom<M>> => {
    effects = []
    const quick = (fast?.(snapshot, event, effects) as SnapshotFrom<M> | null) ?? null
    const result = { state: quick ?? full(snapshot, event), effects }
    if (observer !== null) {
      observer({ machine, snapshot, event, result, fast: quick !== null, full: fullStep })
    }
    return result
  }
  const fullStep = (snapshot: SnapshotFrom<M>, event: EventObject): Step<SnapshotFrom<M>> => {
    effects = []
    const state = full(snapshot, event)
    return { state, effects }
  }
  return {
    init: (input) => {
      effects = []
      const state = machine.getInitialSnapshot(scope as never, input) as SnapshotFrom<M>
      return { state, effects }
    },
    step,
  }
}

/** What a step observer sees: the step taken, and XState's full path to compare it with. */
export interface ObservedStep {
  readonly machine: AnyStateMachine
  readonly snapshot: unknown
  readonly event: EventObject
  readonly result: Step<unknown>
  /** Whether the fast path took the step (else XState's full path did). */
  readonly fast: boolean
  readonly full: (snapshot: never, event: EventObject) => Step<unknown>
}

let observer: ((step: ObservedStep) => void) | null = null

/** Watches every step of every stepper (tests compare the fast path with XState's). */
export function observeSteps(fn: ((step: ObservedStep) => void) | null): void {
  observer = fn
}

/**
 * A kernel event as a machine event: a timer fires as `timer.<name>`, a message arrives as
 * its payload with `from` added.
 */
export function machineEvent(event: NodeEvent): EventObject {
  return event.type === 'timer'
    ? { type: `timer.${event.name}` }
    : ({ ...event.msg, from: event.from } as EventObject)
}

/** A kernel event as a machine event, as machineEvent makes it, with the kernel's clock `now`. */
export function timedMachineEvent(event: NodeEvent): EventObject {
  const now = event.now ?? 0
  return event.type === 'timer'
    ? ({ type: `timer.${event.name}`, now } as EventObject)
    : ({ ...event.msg, from: event.from, now } as EventObject)
}

type Timed<E> = E & { readonly from: string; readonly now: number }

/**
 * What timedMachineEvent makes of a kernel event for a node that speaks `M`: one of its
 * messages or a client's request, with `from` and `now`, or a timer firing.
 */
export type TimedMachineEvent<M> =
  Timed<M> | Timed<ClientRequest> | { readonly type: `timer.${string}`; readonly now: number }
