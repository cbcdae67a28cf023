/**
 * The graph's model at the cursor: node glyphs, messages in flight placed by their send
 * and delivery times (so scrubbing moves them exactly), and messages just lost.
 */

import { circleLayout, lerp, separateGroups } from '../render/layout'
import { isCut } from '../sim/network'
import { roleLook } from '../protocols/epoch'
import { presentationLookup } from '../protocols/presentations'
import type {
  GraphDrop,
  GraphLegend,
  GraphMessage,
  GraphModel,
  GraphNode,
  Point,
} from '../render/model'
import type { SimContext } from '../sim/context'
import type { ProtocolSpec } from '../sim/protocol'
import type { World } from '../sim/world'
import type { AppState } from './app-store'
import type { NodeView } from './node-views'
import { entriesBefore } from './events'
import { onLessonRun } from './lessons'
import type { Timeline } from '../timeline/timeline'
import type { SendEntry } from '../timeline/messages'

export const GRAPH_WIDTH = 760
export const GRAPH_HEIGHT = 600
/** How many log entries a node shows under its name. */
const LOG_TAIL = 8
/** How long (virtual ms) a lost message's cross stays visible. */
const DROP_FADE_MS = 60

export interface GraphInputs {
  readonly ctx: SimContext
  readonly world: World
  readonly nodes: readonly NodeView[]
  readonly timeline: Timeline
  readonly cursor: number
  readonly dragged: Readonly<Record<string, Point>>
  readonly selectedNode: string | null
  readonly selectedMessage: number | null
  readonly hoveredMessage: number | null
  /** What a lesson step points at: nodes and message ids. */
  readonly marked?: { readonly nodes?: readonly string[]; readonly messages?: readonly number[] }
  /** The run is playing (GraphModel.moving). */
  readonly playing?: boolean
}

export function nodePositions(inputs: GraphInputs): Point[] {
  const { world, dragged } = inputs
  const base = circleLayout(world.nodes.length, GRAPH_WIDTH, GRAPH_HEIGHT)
  const apart = separateGroups(base, world.groupOf, GRAPH_WIDTH, GRAPH_HEIGHT)
  // A dragged node stays under the pointer, partition or not.
  return apart.map((p, i) => dragged[world.nodes[i]!.id] ?? p)
}

/**
 * The timer that a `timeout` input fires, for every node: how much of it is left, 0..1.
 * One pass over the queue for all nodes; a lookup per node would walk the queue once for
 * each (a million steps a frame with 1,000 nodes).
 */
function timersLeft(ctx: SimContext, w: World, cursor: number): (number | null)[] {
  const name = ctx.protocol.spec.timeoutTimer
  const left = Array.from({ length: w.nodes.length }, (): number | null => null)
  for (const e of w.queue) {
    if (e.k !== 'timer' || left[e.node] !== null || w.nodes[e.node]!.timers[name] !== e.gen) {
      continue
    }
    const span = e.t - e.setAt
    left[e.node] = span <= 0 ? 0 : Math.min(1, Math.max(0, (e.t - cursor) / span))
  }
  return left
}

/** How long after a violation the nodes it names stay marked, in virtual ms. */
const VIOLATION_SHOWN_MS = 2000

/** The nodes named by violations shortly before the cursor. */
function violatedNodes(timeline: Timeline, cursor: number): ReadonlySet<string> {
  const index = timeline.violations()
  const out = new Set<string>()
  for (let i = index.countUntil(cursor) - 1; i >= 0; i--) {
    const v = index.all[i]!
    if (v.t < cursor - VIOLATION_SHOWN_MS) break
    for (const id of v.nodes) out.add(id)
  }
  return out
}

const NO_LOG: ReturnType<SimContext['protocol']['logView']> = { terms: [], committed: 0 }

/**
 * The members at the cursor: a node yet to join is not drawn, nor one that left. Positions
 * are laid out for every node the run ever has, so a join fills a place kept for it and
 * nobody moves while the cursor crosses a join or a leave.
 */
function graphNodes(inputs: GraphInputs, positions: readonly Point[]): GraphNode[] {
  const { ctx, world, cursor } = inputs
  const violated = violatedNodes(inputs.timeline, cursor)
  const timers = timersLeft(ctx, world, cursor)
  return inputs.nodes.flatMap((view, i) => {
    if (!view.member) return []
    const slot = world.nodes[i]!
    const log = slot.up ? ctx.protocol.logView(slot.state) : NO_LOG
    const start = Math.max(0, log.terms.length - LOG_TAIL)
    // Where entries are decided out of order (slots of a log), the protocol says which are.
    const done = log.done
    const node: GraphNode = {
      id: view.id,
      up: view.up,
      role: view.role,
      look: view.look,
      epoch: view.epoch,
      label: view.label,
      position: positions[i]!,
      timerLeft: slot.up ? timers[i]! : null,
      log: log.terms.slice(start).map((term, k) => ({
        index: start + k + 1,
        term,
        committed: done === undefined ? start + k + 1 <= log.committed : done[start + k] === true,
      })),
      logLength: log.terms.length,
      group: world.groupOf?.[i] ?? null,
      violated: violated.has(view.id),
      marked: inputs.marked?.nodes?.includes(view.id) ?? false,
    }
    return [node]
  })
}

/** The nodes that left the cluster by the cursor: the graph fades them out. */
function leftNodes(inputs: GraphInputs): string[] {
  return inputs.nodes.flatMap((view) => (view.member ? [] : [view.id]))
}

function graphMessages(inputs: GraphInputs, at: (id: string) => Point): GraphMessage[] {
  const { ctx, world, cursor } = inputs
  const out: GraphMessage[] = []
  for (const e of world.queue) {
    if (e.k !== 'deliver') continue
    const { msg } = e
    const span = e.t - msg.sentAt
    const progress = span <= 0 ? 1 : Math.min(1, Math.max(0, (cursor - msg.sentAt) / span))
    const from = ctx.nodeLookup.get(msg.from)
    const to = ctx.nodeLookup.get(msg.to)
    const cut = from !== undefined && to !== undefined && isCut(world, from, to)
    const down = to !== undefined && !world.nodes[to]!.up
    out.push({
      id: msg.id,
      from: msg.from,
      to: msg.to,
      kind: ctx.protocol.messageKind(msg.payload),
      progress,
      position: lerp(at(msg.from), at(msg.to), progress),
      fate: msg.doomed !== null || cut || down ? 'lost' : 'ok',
    })
  }
  return out
}

/** A message lost in the last moments: its send, how far it got, and how fresh the loss is. */
export interface RecentDrop {
  readonly id: number
  readonly send: SendEntry
  /** 0 at the sender, 1 at the receiver. */
  readonly progress: number
  /** 1 as it is lost, down to 0 after DROP_FADE_MS. */
  readonly freshness: number
}

/** Messages lost in the last DROP_FADE_MS before the cursor, newest first. */
export function recentDrops(timeline: Timeline, cursor: number): RecentDrop[] {
  const trace = timeline.trace
  const out: RecentDrop[] = []
  // The trace runs ahead of the cursor (a whole hour, after a seek back): search, don't walk.
  for (let i = entriesBefore(trace, cursor, true) - 1; i >= 0; i--) {
    const e = trace.at(i)!
    if (e.t < cursor - DROP_FADE_MS) break
    if (e.kind !== 'drop') continue
    const send = timeline.sendOf(e.id)
    if (send === undefined) continue
    const span = send.deliverAt - send.t
    out.push({
      id: e.id,
      send,
      progress: span <= 0 ? 1 : Math.min(1, (e.t - send.t) / span),
      freshness: 1 - (cursor - e.t) / DROP_FADE_MS,
    })
  }
  return out
}

/** Messages lost in the last moments, placed where they died. */
function graphDrops(inputs: GraphInputs, at: (id: string) => Point): GraphDrop[] {
  return recentDrops(inputs.timeline, inputs.cursor).map((d) => ({
    id: d.id,
    position: lerp(at(d.send.from), at(d.send.to), d.progress),
    freshness: d.freshness,
  }))
}

const legends = new WeakMap<ProtocolSpec, GraphLegend>()

/**
 * The legend of a protocol: its roles in its presentation's order (or its spec's, when it
 * has none), each with its look, and its message rows. One object per protocol, so the
 * graph sees at a glance that it has not changed.
 */
export function legendOf(spec: ProtocolSpec): GraphLegend {
  let legend = legends.get(spec)
  if (legend === undefined) {
    const shown = presentationLookup.get(spec.name)?.legend
    const roles = shown?.roles ?? Object.keys(spec.roles)
    legend = {
      protocol: spec.name,
      roles: roles.map((role) => ({ role, look: roleLook(spec, role) })),
      messages: shown?.messages ?? [],
    }
    legends.set(spec, legend)
  }
  return legend
}

export function graphModel(inputs: GraphInputs): GraphModel {
  const positions = nodePositions(inputs)
  const clientAnchor = { x: GRAPH_WIDTH - 60, y: GRAPH_HEIGHT - 40 }
  const at = (id: string) => {
    const i = inputs.ctx.nodeLookup.get(id)
    return i === undefined ? clientAnchor : positions[i]!
  }
  const groupOf = inputs.world.groupOf
  const nodes = graphNodes(inputs, positions)
  // Groups of members only: a cut drawn at the cursor names no node outside the cluster.
  const drawn = new Set(nodes.map((n) => n.id))
  const inGroup = (g: number) =>
    inputs.ctx.ids.filter((id, i) => groupOf?.[i] === g && drawn.has(id))
  return {
    width: GRAPH_WIDTH,
    height: GRAPH_HEIGHT,
    legend: legendOf(inputs.ctx.protocol.spec),
    nodes,
    left: leftNodes(inputs),
    messages: graphMessages(inputs, at),
    drops: graphDrops(inputs, at),
    clientAnchor,
    partition:
      groupOf === null
        ? null
        : [...new Set(groupOf)].map(inGroup).filter((group) => group.length > 0),
    selectedNode: inputs.selectedNode,
    selectedMessage: inputs.selectedMessage,
    hoveredMessage: inputs.hoveredMessage,
    markedMessages: inputs.marked?.messages ?? [],
    moving: inputs.playing === true,
  }
}

/** The graph model for the app's state at its cursor. */
export function graphModelOf(s: AppState): GraphModel {
  return graphModel({
    ctx: s.timeline.context,
    world: s.world,
    nodes: s.nodes,
    timeline: s.timeline,
    cursor: s.cursor,
    dragged: s.dragged,
    selectedNode: s.selection?.kind === 'node' ? s.selection.id : null,
    selectedMessage: s.selection?.kind === 'message' ? s.selection.id : null,
    hoveredMessage: s.hoveredMessage,
    playing: s.playing,
    ...(onLessonRun(s) ? { marked: s.lesson!.lesson.steps[s.lesson!.step]!.highlight } : {}),
  })
}
