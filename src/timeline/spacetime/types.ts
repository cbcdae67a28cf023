/**
 * What a space-time diagram draws, as plain data: one lane per node (and per client),
 * time along the lanes, messages as arrows between them, local events as marks, and
 * shaded spans. A renderer asks for a window and only applies positions and styles.
 */

import type { DropReason } from '../../sim/trace'

export type ArrowFate = 'delivered' | 'dropped' | 'in-flight'

export interface Arrow {
  /** The message id. */
  readonly id: number
  readonly from: string
  readonly to: string
  readonly sentAt: number
  /** When it was delivered or lost; null while in flight. */
  readonly arrivedAt: number | null
  /** When it was due to arrive, after any delay: where a lost or in-flight one was headed. */
  readonly dueAt: number
  readonly fate: ArrowFate
  /** A copy made by a `duplicate` fault. */
  readonly duplicate: boolean
  readonly copyOf: number | null
  /** Held back by a `delay` fault. */
  readonly delayed: boolean
  readonly dropReason: DropReason | null
  /** The protocol's short kind for the message (`Protocol.messageKind`). */
  readonly kind: string
  /** The trace index of its send, and of its delivery or drop (null in flight). */
  readonly sendIndex: number
  readonly endIndex: number | null
}

export type MarkKind =
  | 'election'
  | 'leader'
  | 'commit'
  | 'crash'
  | 'restart'
  | 'timeout'
  | 'invoke'
  | 'return'
  | 'violation'
  /** A node joined the cluster, or left it for good. */
  | 'join'
  | 'leave'
  /** An event of an imported log, which says only what its text says. */
  | 'event'

export interface Mark {
  /** The lane: a node id, or a client id for invoke and return. */
  readonly node: string
  readonly at: number
  readonly kind: MarkKind
  readonly label: string
  /** The trace index of the entry it marks (what causality queries take). */
  readonly eventIndex: number
}

export interface PartitionSpan {
  readonly from: number
  /** Null while it lasts. */
  readonly to: number | null
  /** Every node in exactly one group (the nodes a partition leaves unlisted form one). */
  readonly groups: readonly (readonly string[])[]
}

/** A node crashed from `from` until it restarted at `to`. */
export interface DownSpan {
  readonly node: string
  readonly from: number
  readonly to: number | null
}

/** A node outside the cluster: before its join (from 0), or after it left (to null). */
export interface OutsideSpan {
  readonly node: string
  readonly from: number
  readonly to: number | null
}

export interface SpacetimeWindow {
  /** Arrows overlapping the window (sent before and arriving after it included), by id. */
  readonly arrows: readonly Arrow[]
  /** Marks in the window, in time order. */
  readonly marks: readonly Mark[]
  readonly partitions: readonly PartitionSpan[]
  readonly down: readonly DownSpan[]
  /** Where a node's lane is not drawn: it was not in the cluster then. */
  readonly outside?: readonly OutsideSpan[]
}

/** A laid-out diagram that answers windows: from a simulated run or an imported log. */
export interface SpacetimeView {
  /** Lane ids, top to bottom. */
  lanes(): readonly string[]
  /** The time the diagram covers. */
  extent(): { readonly start: number; readonly end: number }
  /** Everything that overlaps [fromMs, toMs] (both ends included). */
  visible(fromMs: number, toMs: number): SpacetimeWindow
  /**
   * The same, but only arrows from or to one of `lanes` and marks on them: a diagram of a
   * large cluster draws the lanes in view. A view without it is filtered after visible().
   */
  visibleOn?(fromMs: number, toMs: number, lanes: readonly string[]): SpacetimeWindow
}

/** Whether [from, to ?? ∞] overlaps [fromMs, toMs]. */
export function overlaps(from: number, to: number | null, fromMs: number, toMs: number) {
  return from <= toMs && (to === null || to >= fromMs)
}
