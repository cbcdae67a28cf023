/**
 * The plain data the cluster graph draws: computed from the world at the cursor by
 * store/graph-model.ts, drawn by render/graph.ts. Positions are decided here, not there.
 */

import type { LegendKinds } from '../protocols/presentation'
import type { RoleLook } from '../sim/protocol'

export interface Point {
  readonly x: number
  readonly y: number
}

export interface GraphNode {
  readonly id: string
  readonly up: boolean
  /** The protocol's word for it (leader, acceptor, primary, …) or crashed. */
  readonly role: string
  /** What the role is to the views, which picks how the node is drawn. */
  readonly look: RoleLook
  /** The epoch as the protocol writes it (`term 3`, `ballot 3.1`); null when none or crashed. */
  readonly epoch: string | null
  /** The accessible name (DESIGN.md): `n1: leader, term 3`, `n4: crashed`. */
  readonly label: string
  readonly position: Point
  /** Fraction of the election (or equivalent) timer still to run, 0..1; null when none. */
  readonly timerLeft: number | null
  /**
   * The last few log entries, oldest first: their index, term (their colour) and whether
   * committed (or, where entries are decided out of order, decided).
   */
  readonly log: readonly {
    readonly index: number
    readonly term: number
    readonly committed: boolean
  }[]
  /** How many entries the log holds in all (the compact view shows only the tail). */
  readonly logLength: number
  /** Partition group, or null when the network is whole. */
  readonly group: number | null
  /** Named in an invariant violation in the last moments before the cursor. */
  readonly violated: boolean
  /** Pointed at by the lesson step on screen. */
  readonly marked: boolean
}

export type MessageFate = 'ok' | 'lost'

export interface GraphMessage {
  readonly id: number
  readonly from: string
  readonly to: string
  /** The protocol's kind for it (`Protocol.messageKind`), which picks its glyph. */
  readonly kind: string
  /** Where it is now, between its sender (0) and its receiver (1). */
  readonly progress: number
  readonly position: Point
  /** Lost on arrival (loss, partition or crashed receiver): drawn as doomed. */
  readonly fate: MessageFate
}

/** A message that was just lost: shown as a cross where it died, fading out. */
export interface GraphDrop {
  readonly id: number
  readonly position: Point
  /** 1 when it just happened, falling to 0. */
  readonly freshness: number
}

/** A legend row of a role: its word, drawn in its look. */
export interface LegendRole {
  readonly role: string
  readonly look: RoleLook
}

/** What the legend lists for the open run's protocol, beside what every protocol has. */
export interface GraphLegend {
  /** The protocol's name: the graph draws the legend again when it changes. */
  readonly protocol: string
  /** In the protocol's order; crashed follows on its own. */
  readonly roles: readonly LegendRole[]
  /** The protocol's own message rows; client messages follow on their own. */
  readonly messages: readonly LegendKinds[]
}

export interface GraphModel {
  readonly width: number
  readonly height: number
  readonly legend: GraphLegend
  /** The members at the cursor: a node yet to join or that left is not among them. */
  readonly nodes: readonly GraphNode[]
  /** Nodes that left the cluster by the cursor: one that just went fades out. */
  readonly left: readonly string[]
  readonly messages: readonly GraphMessage[]
  readonly drops: readonly GraphDrop[]
  /** Where client requests come from and replies go to. */
  readonly clientAnchor: Point
  /** Partition groups as node id lists, or null when the network is whole. */
  readonly partition: readonly (readonly string[])[] | null
  readonly selectedNode: string | null
  readonly selectedMessage: number | null
  /** The message under the pointer here or in the space-time diagram. */
  readonly hoveredMessage: number | null
  /** Messages the lesson step on screen points at. */
  readonly markedMessages: readonly number[]
  /**
   * The run is playing: messages move every frame, and most live a few frames, so they
   * are drawn on a canvas instead of being made and thrown away as elements each frame.
   */
  readonly moving?: boolean
}

/** What the graph tells the app: selections, nodes moved by dragging, and cuts. */
export interface GraphCallbacks {
  onSelectNode(id: string): void
  onSelectMessage(id: number): void
  /** The pointer entered a message (its id) or left it (null). */
  onHoverMessage(id: number | null): void
  /** Opens the node's action menu (context menu, its ⋯ handle, a long-press, or M). */
  onNodeMenu(id: string, at: Point): void
  onDragNode(id: string, to: Point): void
  /**
   * A cut drawn across the graph split the nodes into these groups (the current
   * partition refined), in the shape of a `partition` input. Left out (an embedded
   * view, which only watches), neither Shift+drag nor cut mode draws a cut.
   */
  onCut?(groups: string[][]): void
}
