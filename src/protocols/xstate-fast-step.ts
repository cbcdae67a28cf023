/**
 * A faster path through XState's own transition for the step most node events take: one
 * enabled transition with no target (a rule that updates the context and emits effects,
 * the state unchanged). XState still selects the transition (`getTransitionData`, with
 * its guards); what is skipped is the macrostep around it — exit and entry sets, the
 * snapshot rebuilt after every assign, its state value and tags recomputed. Anything
 * else (a target, a built-in action other than `assign`, an eventless transition that
 * becomes enabled, a final state) answers null, and the caller takes XState's full path
 * from the same snapshot; steps are pure, so nothing is lost by trying.
 *
 * xstate-fast-step.test.ts checks every protocol's runs step by step against XState.
 */

import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate'
import type { Effect } from '../sim/protocol'

type Snapshot = AnyMachineSnapshot
type Guard = unknown
type Action = unknown

interface TransitionLike {
  readonly target?: readonly unknown[]
  readonly reenter?: boolean
  readonly guard?: Guard
  readonly actions: readonly Action[]
}

interface StateNodeLike {
  readonly type: string
  readonly parent?: StateNodeLike
  readonly always?: readonly TransitionLike[]
  readonly states: Record<string, StateNodeLike>
}

interface Implementations {
  readonly actions: Record<string, unknown>
  readonly guards: Record<string, unknown>
}

/** Thrown inside the fast path when it meets what only the full path handles. */
const GIVE_UP = Symbol('full path')

export type FastStep = (
  snapshot: Snapshot,
  event: EventObject,
  effects: Effect[],
) => Snapshot | null

/** Null when the machine has parallel or history states, which the fast path leaves to XState. */
export function createFastStep(
  machine: AnyStateMachine,
  scope: { readonly self: unknown; readonly system: unknown },
  onAction: (type: string, params: unknown, effects: Effect[]) => void,
): FastStep | null {
  const nodes = allStateNodes(machine.root as unknown as StateNodeLike)
  if (nodes.some((n) => n.type === 'parallel' || n.type === 'history')) return null
  const hasEventless = nodes.some((n) => (n.always?.length ?? 0) > 0)
  const impl = machine.implementations as unknown as Implementations
  const spawn = () => {
    throw GIVE_UP
  }

  const evaluateGuard = (
    guard: Guard,
    context: unknown,
    event: EventObject,
    snapshot: Snapshot,
  ): boolean => {
    const inline = typeof guard === 'function'
    const name = typeof guard === 'string' ? guard : (guard as { type: string }).type
    const resolved = inline ? guard : impl.guards[name]
    if (resolved === undefined) throw GIVE_UP // XState reports the missing guard
    if (typeof resolved !== 'function') return evaluateGuard(resolved, context, event, snapshot)
    const args = { context, event }
    const params =
      inline || typeof guard === 'string' || !('params' in (guard as object))
        ? undefined
        : paramsOf(guard as { params: unknown }, context, event)
    if (!('check' in resolved))
      return (resolved as (a: unknown, p: unknown) => boolean)(args, params)
    return (resolved as { check: (s: Snapshot, a: unknown, r: unknown) => boolean }).check(
      snapshot,
      args,
      resolved,
    )
  }

  /** True when an active state's eventless transition is enabled after the step. */
  const eventlessEnabled = (snapshot: Snapshot, event: EventObject): boolean => {
    for (const node of snapshot._nodes as unknown as StateNodeLike[]) {
      if (node.type !== 'atomic' && node.type !== 'final') continue
      for (let s: StateNodeLike | undefined = node; s !== undefined; s = s.parent) {
        if (s.always === undefined) continue
        for (const t of s.always) {
          if (t.guard === undefined || evaluateGuard(t.guard, snapshot.context, event, snapshot)) {
            return true
          }
        }
      }
    }
    return false
  }

  /** What each action of a transition does, worked out once per transition. */
  const plans = new Map<TransitionLike, readonly PlannedAction[]>()
  const planOf = (t: TransitionLike): readonly PlannedAction[] => {
    let plan = plans.get(t)
    if (plan === undefined) {
      plan = t.actions.map((action) => planAction(action, impl))
      plans.set(t, plan)
    }
    return plan
  }

  const runActions = (
    plan: readonly PlannedAction[],
    context: unknown,
    event: EventObject,
    effects: Effect[],
  ): unknown => {
    for (const a of plan) {
      const params = a.params === undefined ? undefined : paramsOf(a.params, context, event)
      if (a.assignment === undefined) {
        if (a.giveUp) throw GIVE_UP
        onAction(a.name, params, effects)
        continue
      }
      const args = { context, event, spawn, self: scope.self, system: scope.system }
      context = { ...(context as object), ...assignmentOf(a.assignment, args, params) }
    }
    return context
  }

  return (snapshot, event, effects) => {
    if (snapshot.status !== 'active' || event.type.startsWith('xstate.')) return null
    const before = effects.length
    try {
      const transitions = machine.getTransitionData(snapshot, event) as readonly TransitionLike[]
      let next: Snapshot = snapshot
      if (transitions.length > 1) return null
      if (transitions.length === 1) {
        const t = transitions[0]!
        if (t.target !== undefined || t.reenter === true) return null
        const context = runActions(planOf(t), snapshot.context, event, effects)
        next = withContext(snapshot, context)
      }
      if (hasEventless && eventlessEnabled(next, event)) {
        effects.length = before
        return null
      }
      return next
    } catch (e) {
      if (e !== GIVE_UP) throw e
      effects.length = before
      return null
    }
  }
}

/**
 * One action of a transition, as XState's resolveAndExecuteActionsWithContext takes it:
 * `params` is the action object when it carries params; an `assign` brings its assignment;
 * any other built-in action gives the step to the full path; the rest go to the executor.
 */
interface PlannedAction {
  readonly name: string
  readonly params: { readonly params: unknown } | undefined
  readonly assignment: unknown
  readonly giveUp: boolean
}

function planAction(action: Action, impl: Implementations): PlannedAction {
  const inline = typeof action === 'function'
  const type =
    typeof action === 'string' ? action : inline ? undefined : (action as { type: string }).type
  const resolved = inline ? action : impl.actions[type!]
  const params =
    inline || typeof action === 'string' || !('params' in (action as object))
      ? undefined
      : (action as { params: unknown })
  const name = type ?? ((action as { name?: string }).name || '(anonymous)')
  if (resolved === undefined || resolved === null || !('resolve' in (resolved as object))) {
    return { name, params, assignment: undefined, giveUp: false }
  }
  const builtin = resolved as { type: string; assignment?: unknown }
  if (builtin.type !== 'xstate.assign') return { name, params, assignment: undefined, giveUp: true }
  return { name, params, assignment: builtin.assignment, giveUp: false }
}

function paramsOf(holder: { readonly params: unknown }, context: unknown, event: EventObject) {
  const params = holder.params
  return typeof params === 'function' ? params({ context, event }) : params
}

/** The snapshot with a new context: XState's snapshot fields, the state itself unchanged. */
function withContext(s: Snapshot, context: unknown): Snapshot {
  return {
    status: s.status,
    output: s.output,
    error: s.error,
    machine: s.machine,
    context,
    _nodes: s._nodes,
    value: s.value,
    tags: s.tags,
    children: s.children,
    historyValue: s.historyValue,
    matches: s.matches,
    hasTag: s.hasTag,
    can: s.can,
    getMeta: s.getMeta,
    toJSON: s.toJSON,
  } as Snapshot
}

function assignmentOf(assignment: unknown, args: object, params: unknown): object {
  if (typeof assignment === 'function') return assignment(args, params) as object
  const partial: Record<string, unknown> = {}
  for (const key of Object.keys(assignment as object)) {
    const value = (assignment as Record<string, unknown>)[key]
    partial[key] = typeof value === 'function' ? value(args, params) : value
  }
  return partial
}

function allStateNodes(root: StateNodeLike): StateNodeLike[] {
  const out: StateNodeLike[] = [root]
  for (const child of Object.values(root.states ?? {})) out.push(...allStateNodes(child))
  return out
}
