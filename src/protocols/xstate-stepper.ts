/**
 * Steps XState machines as pure functions for the kernel. One actor scope is made per
 * machine and reused for every transition (stock `transition()` builds an actor per call
 * and is several times slower). A custom action named `effects` carries the effects
 * (sends, timers) a step made, as data; XState's own delayed events are refused, since a timer held by XState
 * would escape the kernel's queue and its checkpoints.
 */

import { createActor, type AnyStateMachine, type EventObject, type SnapshotFrom } from 'xstate'
import type { ClientRequest, Effect, NodeEvent, Step } from '../sim/protocol'

export interface Stepper<M extends AnyStateMachine> {
  init(input: unknown): Step<SnapshotFrom<M>>
  step(snapshot: SnapshotFrom<M>, event: EventObject): Step<SnapshotFrom<M>>
}

export function createStepper<M extends AnyStateMachine>(machine: M): Stepper<M> {
  let effects: Effect[] = []
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
    actionExecutor: (action: { type: string; params?: unknown }) => {
      if (action.type === 'effects') effects.push(...(action.params as readonly Effect[]))
      else if ((action.type as string).startsWith('xstate.')) {
        throw new Error(`${machine.id}: ${action.type} is not allowed; use kernel timers`)
      }
    },
  }
  const collect = <T>(fn: () => T): Step<T> => {
    effects = []
    const state = fn()
    return { state, effects }
  }
  return {
    init: (input) =>
      collect(() => machine.getInitialSnapshot(scope as never, input) as SnapshotFrom<M>),
    step: (snapshot, event) =>
      collect(() => machine.transition(snapshot, event, scope as never) as SnapshotFrom<M>),
  }
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
