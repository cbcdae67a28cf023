/**
 * A faster path through XState's own transition for the steps node events take, and for a
 * machine's start. A step takes one enabled transition: one with no target (a rule that
 * updates the context and emits effects, the state unchanged), or, in a flat machine, a
 * move from one child of the root to another; then the eventless moves that become
 * enabled, as XState's macrostep does. The transition is selected as XState's
 * `getTransitionData` does (candidates of the active state, then its ancestors, first
 * guard that passes; built-in guards are XState's own code, except `stateIn` in a flat
 * machine, which is the state value compared, and `and`/`or`/`not`, which combine their
 * parts here); what is skipped is the macrostep around it — exit and entry sets, the
 * snapshot rebuilt after every assign, its state value and tags recomputed. A start
 * (getInitialSnapshot) makes the context from the input, runs the root's and the initial
 * state's entry actions, then the eventless moves. Anything else (a built-in action other
 * than `assign`, a targetless eventless transition, a final state, a deeper machine)
 * answers null, and the caller takes XState's full path from the same snapshot; steps are
 * pure, so nothing is lost by trying.
 *
 * xstate-fast-step.test.ts checks every protocol's runs, starts and steps, against XState.
 */

import { and, not, or, stateIn } from 'xstate'
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate'
import type { Effect } from '../sim/protocol'

type Snapshot = AnyMachineSnapshot
type Guard = unknown
type Action = unknown

interface TransitionLike {
  readonly source: StateNodeLike
  readonly target?: readonly unknown[]
  readonly reenter?: boolean
  readonly guard?: Guard
  readonly actions: readonly Action[]
}

interface StateNodeLike {
  readonly type: string
  readonly parent?: StateNodeLike
  readonly always?: readonly TransitionLike[]
  readonly key: string
  readonly states: Record<string, StateNodeLike>
  readonly entry: readonly Action[]
  readonly exit: readonly Action[]
  readonly invoke: readonly unknown[]
  readonly tags: readonly string[]
  readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>
  /** A compound state's initial transition. */
  readonly initial?: {
    readonly target: readonly StateNodeLike[]
    readonly actions: readonly Action[]
  }
}

interface Implementations {
  readonly actions: Record<string, unknown>
  readonly guards: Record<string, unknown>
}

/** Thrown inside the fast path when it meets what only the full path handles. */
const GIVE_UP = Symbol('full path')

const WHOLE = Symbol('whole context')

/**
 * Marks an assign function that returns the whole next context (every key of the old one),
 * not a part to merge into it: the fast step takes it as it is, where XState copies it
 * over the old context into an object equal to it.
 */
export function wholeContext<F extends (...args: never[]) => object>(fn: F): F {
  ;(fn as unknown as Record<symbol, boolean>)[WHOLE] = true
  return fn
}

/** XState's own checks of its built-in guards, told apart by identity. */
const CHECK_STATE_IN = (stateIn('x') as unknown as BuiltInGuard).check
const CHECK_AND = (and([]) as unknown as BuiltInGuard).check
const CHECK_OR = (or([]) as unknown as BuiltInGuard).check
const CHECK_NOT = (not(() => true) as unknown as BuiltInGuard).check

interface BuiltInGuard {
  readonly check: (s: Snapshot, a: unknown, r: unknown) => boolean
  readonly stateValue?: unknown
  readonly guards?: readonly Guard[]
}

/** An assign that spawns an actor needs XState's full path. */
const spawn = () => {
  throw GIVE_UP
}

export type FastStep = (
  snapshot: Snapshot,
  event: EventObject,
  effects: Effect[],
) => Snapshot | null

/**
 * The initial snapshot for `input`, as XState's getInitialSnapshot makes it (the context
 * made from the input, the root's and the initial state's entry actions, then the eventless
 * moves), with the effects of those actions; null where XState's own path must make it.
 */
export type FastInit = (input: unknown, effects: Effect[]) => Snapshot | null

export interface FastPath {
  readonly step: FastStep
  readonly init: FastInit
}

/** More eventless moves in a row than this go to XState (which may loop for ever on them). */
const MAX_EVENTLESS_MOVES = 16

/** Null when the machine has parallel or history states, which the fast path leaves to XState. */
export function createFastPath(
  machine: AnyStateMachine,
  scope: { readonly self: unknown; readonly system: unknown },
  onAction: (type: string, params: unknown, effects: Effect[]) => void,
): FastPath | null {
  const nodes = allStateNodes(machine.root as unknown as StateNodeLike)
  if (nodes.some((n) => n.type === 'parallel' || n.type === 'history')) return null
  const hasEventless = nodes.some((n) => (n.always?.length ?? 0) > 0)
  const impl = machine.implementations as unknown as Implementations
  const root = machine.root as unknown as StateNodeLike
  // Moves between states are taken here only in a flat machine: a root whose children are
  // atomic states with no invoked actors, so a move exits one child and enters another.
  const flat =
    root.type === 'compound' &&
    Object.values(root.states).every((c) => c.type === 'atomic' && c.invoke.length === 0)

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
    if (!('check' in resolved)) {
      const params =
        inline || typeof guard === 'string' || !('params' in (guard as object))
          ? undefined
          : paramsOf(guard as { params: unknown }, context, event)
      return (resolved as (a: unknown, p: unknown) => boolean)({ context, event }, params)
    }
    const builtIn = resolved as BuiltInGuard
    // `stateIn('name')` in a flat machine is the state value itself; XState's check builds
    // a state path and matches it on every call. `and`, `or` and `not` come back here for
    // their parts, so a `stateIn` inside them takes this way too.
    if (builtIn.check === CHECK_STATE_IN && flat && typeof snapshot.value === 'string') {
      const value = builtIn.stateValue
      if (typeof value === 'string' && !value.startsWith('#') && !value.includes('.'))
        return snapshot.value === value
    }
    const parts = builtIn.guards!
    if (builtIn.check === CHECK_AND) {
      for (const part of parts) if (!evaluateGuard(part, context, event, snapshot)) return false
      return true
    }
    if (builtIn.check === CHECK_OR) {
      for (const part of parts) if (evaluateGuard(part, context, event, snapshot)) return true
      return false
    }
    if (builtIn.check === CHECK_NOT) return !evaluateGuard(parts[0], context, event, snapshot)
    return builtIn.check(snapshot, { context, event }, resolved)
  }

  /**
   * The eventless transition XState's selectEventlessTransitions takes in a machine without
   * parallel states: the first enabled `always` of the active atomic state, else of its
   * parent, and so up.
   */
  const eventless = (snapshot: Snapshot, event: EventObject): TransitionLike | undefined => {
    // oxlint-disable-next-line no-underscore-dangle -- XState's field: the active state nodes
    for (const node of snapshot._nodes as unknown as StateNodeLike[]) {
      if (node.type !== 'atomic' && node.type !== 'final') continue
      for (let s: StateNodeLike | undefined = node; s !== undefined; s = s.parent) {
        if (s.always === undefined) continue
        for (const t of s.always) {
          if (t.guard === undefined || evaluateGuard(t.guard, snapshot.context, event, snapshot)) {
            return t
          }
        }
      }
    }
    return undefined
  }

  /** A state node's transitions for an event type, in XState's order (getCandidates). */
  const candidateCache = new Map<StateNodeLike, Map<string, readonly TransitionLike[]>>()
  const candidatesOf = (node: StateNodeLike, type: string): readonly TransitionLike[] => {
    let byType = candidateCache.get(node)
    if (byType === undefined) candidateCache.set(node, (byType = new Map()))
    let candidates = byType.get(type)
    if (candidates === undefined) {
      candidates = candidatesFor(node, type)
      byType.set(type, candidates)
    }
    return candidates
  }

  /**
   * The transition XState's getTransitionData takes in a machine without parallel states:
   * the first enabled candidate of the active atomic state, else of its parent, and so up.
   */
  const select = (
    active: StateNodeLike | undefined,
    snapshot: Snapshot,
    event: EventObject,
  ): TransitionLike | undefined => {
    for (let s = active; s !== undefined; s = s.parent) {
      for (const t of candidatesOf(s, event.type)) {
        if (t.guard === undefined || evaluateGuard(t.guard, snapshot.context, event, snapshot)) {
          return t
        }
      }
    }
    return undefined
  }

  /**
   * What each action in a list does (a transition's actions, a state's entry or exit),
   * worked out once per list: XState's lists are made with the machine and never change.
   */
  const plans = new Map<readonly Action[], readonly PlannedAction[]>()
  const planOf = (actions: readonly Action[]): readonly PlannedAction[] => {
    let plan = plans.get(actions)
    if (plan === undefined) plans.set(actions, (plan = actions.map((a) => planAction(a, impl))))
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
      const partial = assignmentOf(a.assignment, args, params)
      context = a.whole ? partial : merged(context as object, partial)
    }
    return context
  }

  /**
   * Takes transition `t` from the active atomic state `active`: a targetless one runs its
   * actions; one with a target must be a move in a flat machine (moveTarget), which exits
   * the active state, runs the transition's actions and enters the target.
   */
  const take = (
    t: TransitionLike,
    active: StateNodeLike | undefined,
    snapshot: Snapshot,
    event: EventObject,
    effects: Effect[],
  ): Snapshot => {
    if (t.target === undefined) {
      if (t.reenter === true) throw GIVE_UP
      return withContext(snapshot, runActions(planOf(t.actions), snapshot.context, event, effects))
    }
    const target = flat && active !== undefined ? moveTarget(t, root) : undefined
    if (target === undefined) throw GIVE_UP
    let context = runActions(planOf(active!.exit), snapshot.context, event, effects)
    context = runActions(planOf(t.actions), context, event, effects)
    context = runActions(planOf(target.entry), context, event, effects)
    return target === active ? withContext(snapshot, context) : moved(snapshot, target, context)
  }

  /**
   * XState's macrostep after the first microstep: eventless transitions are taken while one
   * is enabled. Only moves are taken here (a targetless one is enabled again at once, which
   * XState loops on), and at most a few in a row.
   */
  const settle = (snapshot: Snapshot, event: EventObject, effects: Effect[]): Snapshot => {
    if (!hasEventless) return snapshot
    let next = snapshot
    for (let moves = 0; ; moves++) {
      const t = eventless(next, event)
      if (t === undefined) return next
      if (t.target === undefined || moves === MAX_EVENTLESS_MOVES) throw GIVE_UP
      next = take(t, activeAtomic(next), next, event, effects)
    }
  }

  const step: FastStep = (snapshot, event, effects) => {
    if (snapshot.status !== 'active' || event.type.startsWith('xstate.')) return null
    const before = effects.length
    try {
      const active = activeAtomic(snapshot)
      const t = select(active, snapshot, event)
      const next = t === undefined ? snapshot : take(t, active, snapshot, event, effects)
      return settle(next, event, effects)
    } catch (e) {
      if (e !== GIVE_UP) throw e
      effects.length = before
      return null
    }
  }

  // A root that invokes actors spawns them as it is entered: XState's own path does that.
  const first = flat && root.invoke.length === 0 ? initialChild(root) : undefined
  /** The snapshot XState's resolveState makes, for the state fields of the initial ones. */
  let base: Snapshot | undefined
  const init: FastInit = (input, effects) => {
    if (first === undefined) return null
    const before = effects.length
    try {
      const event = { type: 'xstate.init', input } as EventObject
      let context = preInitialContext(machine, input, scope)
      context = runActions(planOf(root.entry), context, event, effects)
      context = runActions(planOf(root.initial!.actions), context, event, effects)
      context = runActions(planOf(first.entry), context, event, effects)
      base ??= machine.resolveState({ value: first.key, context: {} }) as Snapshot
      return settle(moved(base, first, context), event, effects)
    } catch {
      // Whatever it was (a give-up, or a rule that threw, which XState turns into a
      // snapshot with status `error`), XState's own path makes it again.
      effects.length = before
      return null
    }
  }

  return { step, init }
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
  /** The assignment returns the whole context (wholeContext). */
  readonly whole: boolean
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
    return { name, params, assignment: undefined, whole: false, giveUp: false }
  }
  const builtin = resolved as { type: string; assignment?: unknown }
  if (builtin.type !== 'xstate.assign') {
    return { name, params, assignment: undefined, whole: false, giveUp: true }
  }
  const assignment = builtin.assignment
  const whole = typeof assignment === 'function' && WHOLE in assignment
  return { name, params, assignment, whole, giveUp: false }
}

function paramsOf(holder: { readonly params: unknown }, context: unknown, event: EventObject) {
  const params = holder.params
  return typeof params === 'function' ? params({ context, event }) : params
}

/** The state a flat machine starts in: its root's initial child, if that is atomic. */
function initialChild(root: StateNodeLike): StateNodeLike | undefined {
  const target = root.initial?.target
  return target?.length === 1 && target[0]!.parent === root ? target[0] : undefined
}

/**
 * The context XState's _getPreInitialState makes: the machine's `context` function's
 * result, assigned over an empty context (so a copy of it), or the `context` object itself.
 */
function preInitialContext(
  machine: AnyStateMachine,
  input: unknown,
  scope: { readonly self: unknown },
): unknown {
  const context = (machine.config as { context?: unknown }).context
  if (typeof context !== 'function') return context ? context : {}
  return Object.assign({}, context({ spawn, input, self: scope.self }) as object)
}

/** The active atomic state of a machine without parallel states. */
function activeAtomic(snapshot: Snapshot): StateNodeLike | undefined {
  let atomic: StateNodeLike | undefined
  // oxlint-disable-next-line no-underscore-dangle -- XState's field: the active state nodes
  for (const node of snapshot._nodes as unknown as StateNodeLike[]) {
    if (node.type === 'atomic') atomic = node
  }
  return atomic
}

/**
 * The child of the root a transition moves to, when XState's transition domain for it is
 * the root (getTransitionDomain): from the root to a child without `reenter`, or from a
 * child to a sibling or, with `reenter`, to itself. Then the active child is exited and
 * the target entered; undefined for every other shape.
 */
function moveTarget(t: TransitionLike, root: StateNodeLike): StateNodeLike | undefined {
  if (t.target?.length !== 1) return undefined
  const target = t.target[0] as StateNodeLike
  if (target.parent !== root) return undefined
  const source = t.source
  if (source === root) return t.reenter === true ? undefined : target
  if (source.parent !== root) return undefined
  return target !== source || t.reenter === true ? target : undefined
}

/** Snapshot of a move into `target`: XState's active nodes, value and tags for it. */
function moved(s: Snapshot, target: StateNodeLike, context: unknown): Snapshot {
  // oxlint-disable-next-line no-underscore-dangle -- XState's field: the active state nodes
  const nodes = (s._nodes as unknown as StateNodeLike[]).filter((n) => n.type !== 'atomic')
  nodes.push(target)
  return {
    ...withContext(s, context),
    _nodes: nodes,
    value: target.key,
    tags: new Set(nodes.flatMap((n) => n.tags)),
  } as unknown as Snapshot
}

/** The snapshot with a new context: XState's snapshot fields, the state itself unchanged. */
function withContext(s: Snapshot, context: unknown): Snapshot {
  return {
    status: s.status,
    output: s.output,
    error: s.error,
    machine: s.machine,
    context,
    // oxlint-disable-next-line no-underscore-dangle -- XState's field, kept as it was
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

/**
 * `Object.assign({}, context, partial)`, as XState's assign makes the next context. A rule
 * that returns its whole context (every key of the old one) needs no merging: the partial
 * is already that object.
 */
function merged(context: object, partial: object): object {
  for (const key in context) if (!(key in partial)) return Object.assign({}, context, partial)
  return partial
}

/** XState's getCandidates: exact event type first, else matching wildcards, longest first. */
function candidatesFor(node: StateNodeLike, type: string): readonly TransitionLike[] {
  const transitions = node.transitions
  return (
    transitions.get(type) ??
    [...transitions.keys()]
      .filter((descriptor) => matchesDescriptor(type, descriptor))
      .sort((a, b) => b.length - a.length)
      .flatMap((descriptor) => transitions.get(descriptor)!)
  )
}

/** XState's matchesEventDescriptor: `*`, or a prefix of dot-separated tokens ending `.*`. */
function matchesDescriptor(type: string, descriptor: string): boolean {
  if (descriptor === type || descriptor === '*') return true
  if (!descriptor.endsWith('.*')) return false
  const want = descriptor.split('.')
  const got = type.split('.')
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*') return i === want.length - 1
    if (want[i] !== got[i]) return false
  }
  return true
}

function allStateNodes(root: StateNodeLike): StateNodeLike[] {
  const out: StateNodeLike[] = [root]
  for (const child of Object.values(root.states ?? {})) out.push(...allStateNodes(child))
  return out
}
