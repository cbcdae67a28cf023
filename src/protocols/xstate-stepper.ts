/**
 * Steps XState machines as pure functions for the kernel. One actor scope is made per
 * machine and reused for every transition (stock `transition()` builds an actor per call
 * and is several times slower). A custom action named `effects` carries the effects
 * (sends, timers) a step made, as data; XState's own delayed events are refused, since a timer held by XState
 * would escape the kernel's queue and its checkpoints.
 */

import { createActor, type AnyStateMachine, type EventObject, type SnapshotFrom } from 'xstate'
import { createFastPath } from './xstate-fast-step'
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
  const fast = createFastPath(machine, scope, onAction)
  const fullStep = (snapshot: SnapshotFrom<M>, event: EventObject): SnapshotFrom<M> =>
    machine.transition(snapshot, event, scope as never) as SnapshotFrom<M>
  const fullInit = (input: unknown): SnapshotFrom<M> =>
    machine.getInitialSnapshot(scope as never, input) as SnapshotFrom<M>
  /** XState's own path, with the effects it makes. */
  const fullPath = (take: () => SnapshotFrom<M>): Step<SnapshotFrom<M>> => {
    effects = []
    const state = take()
    return { state, effects }
  }
  const step = (snapshot: SnapshotFrom<M>, event: EventObject): Step<SnapshotFrom<M>> => {
    effects = []
    const quick = (fast?.step(snapshot, event, effects) as SnapshotFrom<M> | null) ?? null
    const result = { state: quick ?? fullStep(snapshot, event), effects }
    if (observer !== null) {
      const full = () => fullPath(() => fullStep(snapshot, event))
      observer({ machine, snapshot, event, result, fast: quick !== null, full })
    }
    return result
  }
  const init = (input: unknown): Step<SnapshotFrom<M>> => {
    effects = []
    const quick = (fast?.init(input, effects) as SnapshotFrom<M> | null) ?? null
    const result = { state: quick ?? fullInit(input), effects }
    if (observer !== null) {
      const full = () => fullPath(() => fullInit(input))
      observer({ machine, snapshot: null, event: null, result, fast: quick !== null, full })
    }
    return result
  }
  return { init, step }
}

/**
 * What a step observer sees: the step taken (or the start, with no snapshot and no event),
 * and XState's full path to compare it with.
 */
export interface ObservedStep {
  readonly machine: AnyStateMachine
  readonly snapshot: unknown
  /** Null for a machine's start (its initial snapshot). */
  readonly event: EventObject | null
  readonly result: Step<unknown>
  /** Whether the fast path took the step (else XState's full path did). */
  readonly fast: boolean
  /** The same step (or start) through XState's full path. */
  readonly full: () => Step<unknown>
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
  if (event.type === 'timer') return { type: `timer.${event.name}` }
  const e = withFields(event.msg)
  e.from = event.from
  return e as EventObject
}

/** A kernel event as a machine event, as machineEvent makes it, with the kernel's clock `now`. */
export function timedMachineEvent(event: NodeEvent): EventObject {
  const e = machineEvent(event) as EventObject & { now?: number }
  e.now = event.now ?? 0
  return e
}

/**
 * A copy of a message's fields, in their order, to add `from` (and `now`) to. Not
 * `{ ...msg, from }`: V8 makes that slowly for the many shapes messages come in.
 */
function withFields(msg: object): Record<string, unknown> {
  const e: Record<string, unknown> = {}
  for (const key in msg) e[key] = (msg as Record<string, unknown>)[key]
  return e
}

type Timed<E> = E & { readonly from: string; readonly now: number }

/**
 * What timedMachineEvent makes of a kernel event for a node that speaks `M`: one of its
 * messages or a client's request, with `from` and `now`, or a timer firing.
 */
export type TimedMachineEvent<M> =
  Timed<M> | Timed<ClientRequest> | { readonly type: `timer.${string}`; readonly now: number }
