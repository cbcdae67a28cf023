/**
 * What the large graph draws, from the world at the cursor: per node slot only what the
 * store already holds (its view) plus what the members think of it (the protocol's
 * `opinions`, read straight from the checker's counts), and the messages in flight and
 * just lost, by slot. Nothing here is per node and per frame beyond a reference, so a
 * frame of a thousand nodes costs what its messages cost.
 */

import { glyphFor, type Glyph } from './graph-glyphs'
import { legendOf, recentDrops } from '../store/graph-model'
import { onLessonRun } from '../store/lessons'
import { presentationLookup } from '../protocols/presentations'
import { isCut } from '../sim/network'
import type { AppState } from '../store/app-store'
import type { GraphLegend } from './model'
import type { Opinions } from '../protocols/presentation'
import type { RoleLook } from '../sim/protocol'
import type { SimContext } from '../sim/context'
import type { Timeline } from '../timeline/timeline'
import type { World } from '../sim/world'

/** A node as the store's node views have it (store/node-views.ts). */
export interface LargeNode {
  readonly id: string
  readonly up: boolean
  /** Joined and not left: only members are drawn. */
  readonly member: boolean
  readonly role: string
  readonly look: RoleLook
  /** The accessible name: `n7: alive`, `n7: crashed`. */
  readonly label: string
}

/** A message in flight, between node slots (-1: the clients outside the cluster). */
export interface LargeMessage {
  readonly id: number
  readonly from: number
  readonly to: number
  /** 0 at its sender, 1 at its receiver. */
  readonly progress: number
  /** Its shape and colour class, as the small graph draws it (hollow for a reply). */
  readonly glyph: Glyph
  /** Lost on arrival: drawn faded with a broken outline. */
  readonly lost: boolean
}

/** A message lost in the last moments, where it died. */
export interface LargeDrop {
  readonly from: number
  readonly to: number
  readonly progress: number
  /** 1 when it just happened, falling to 0. */
  readonly freshness: number
}

export interface LargeGraphModel {
  /** Every node slot the run ever has (joins fill slots kept for them). */
  readonly slots: number
  /** By slot, for the slots that have joined by the cursor. */
  readonly nodes: readonly LargeNode[]
  /** What the live members think of each node, when the protocol says; else null. */
  readonly opinions: Opinions | null
  /** Whether the protocol tells opinions at all (the legend says which colours mean what). */
  readonly hasOpinions: boolean
  readonly messages: readonly LargeMessage[]
  readonly drops: readonly LargeDrop[]
  /** Partition group by slot, or null when the network is whole. */
  readonly groupOf: readonly number[] | null
  /** The selected node's slot, or -1. */
  readonly selectedNode: number
  readonly selectedMessage: number | null
  readonly hoveredMessage: number | null
  /** Slots named in a violation in the last moments. */
  readonly violated: readonly number[]
  /** What the lesson step on screen points at. */
  readonly markedNodes: readonly number[]
  readonly markedMessages: readonly number[]
  readonly legend: GraphLegend
}

/** How long (virtual ms) a lost message's cross stays visible, as in the small graph. */
/** How long after a violation the nodes it names stay marked, in virtual ms. */
const VIOLATION_SHOWN_MS = 2000

export interface LargeGraphInputs {
  readonly ctx: SimContext
  readonly world: World
  readonly nodes: readonly LargeNode[]
  readonly timeline: Timeline
  readonly cursor: number
  readonly selectedNode: string | null
  readonly selectedMessage: number | null
  readonly hoveredMessage: number | null
  readonly marked?: { readonly nodes?: readonly string[]; readonly messages?: readonly number[] }
}

function largeMessages({ ctx, world, cursor }: LargeGraphInputs): LargeMessage[] {
  const out: LargeMessage[] = []
  for (const e of world.queue) {
    if (e.k !== 'deliver') continue
    const { msg } = e
    const span = e.t - msg.sentAt
    const from = ctx.nodeLookup.get(msg.from) ?? -1
    const to = ctx.nodeLookup.get(msg.to) ?? -1
    const cut = from >= 0 && to >= 0 && isCut(world, from, to)
    out.push({
      id: msg.id,
      from,
      to,
      progress: span <= 0 ? 1 : Math.min(1, Math.max(0, (cursor - msg.sentAt) / span)),
      glyph: glyphFor(ctx.protocol.messageKind(msg.payload)),
      lost: msg.doomed !== null || cut || (to >= 0 && !world.nodes[to]!.up),
    })
  }
  return out
}

function largeDrops({ ctx, timeline, cursor }: LargeGraphInputs): LargeDrop[] {
  return recentDrops(timeline, cursor).map((d) => ({
    from: ctx.nodeLookup.get(d.send.from) ?? -1,
    to: ctx.nodeLookup.get(d.send.to) ?? -1,
    progress: d.progress,
    freshness: d.freshness,
  }))
}

function violatedSlots({ ctx, timeline, cursor }: LargeGraphInputs): number[] {
  const index = timeline.violations()
  const out: number[] = []
  for (let i = index.countUntil(cursor) - 1; i >= 0; i--) {
    const v = index.all[i]!
    if (v.t < cursor - VIOLATION_SHOWN_MS) break
    for (const id of v.nodes) {
      const slot = ctx.nodeLookup.get(id)
      if (slot !== undefined) out.push(slot)
    }
  }
  return out
}

export function largeGraphModel(inputs: LargeGraphInputs): LargeGraphModel {
  const { ctx, world } = inputs
  const opinionsOf = presentationLookup.get(ctx.protocol.spec.name)?.opinions
  const slotOf = (id: string) => ctx.nodeLookup.get(id) ?? -1
  return {
    slots: world.nodes.length,
    nodes: inputs.nodes,
    opinions: opinionsOf?.(world.ghost) ?? null,
    hasOpinions: opinionsOf !== undefined,
    messages: largeMessages(inputs),
    drops: largeDrops(inputs),
    groupOf: world.groupOf,
    selectedNode: inputs.selectedNode === null ? -1 : slotOf(inputs.selectedNode),
    selectedMessage: inputs.selectedMessage,
    hoveredMessage: inputs.hoveredMessage,
    violated: violatedSlots(inputs),
    markedNodes: (inputs.marked?.nodes ?? []).map(slotOf).filter((s) => s >= 0),
    markedMessages: inputs.marked?.messages ?? [],
    legend: legendOf(ctx.protocol.spec),
  }
}

/** The large graph's model for the app's state at its cursor. */
export function largeGraphModelOf(s: AppState): LargeGraphModel {
  return largeGraphModel({
    ctx: s.timeline.context,
    world: s.world,
    nodes: s.nodes,
    timeline: s.timeline,
    cursor: s.cursor,
    selectedNode: s.selection?.kind === 'node' ? s.selection.id : null,
    selectedMessage: s.selection?.kind === 'message' ? s.selection.id : null,
    hoveredMessage: s.hoveredMessage,
    ...(onLessonRun(s) ? { marked: s.lesson!.lesson.steps[s.lesson!.step]!.highlight } : {}),
  })
}
