/**
 * What a protocol brings to the shared views, beside its kernel part (sim/protocol.ts):
 * its legend, how its messages are drawn, what the inspector lists of a node, its gallery,
 * its broken variants and why each invariant matters. Plain data and pure functions, so
 * the components and renderers read it without knowing which protocol they show.
 */

import type { Preset } from '../scenario/preset'
import type { BuiltInLesson } from '../lesson/types'
import type { AnyStateMachine } from 'xstate'

/**
 * The message shapes the graph and the diagram draw (render/graph-glyphs.ts). Each has its
 * own colour; a `-reply` shape is the hollow form of its request, so replies read as such.
 */
export type GlyphShape =
  | 'diamond'
  | 'diamond-reply'
  | 'envelope'
  | 'envelope-reply'
  | 'dot'
  | 'hexagon'
  | 'hexagon-reply'
  | 'triangle'
  | 'triangle-reply'

export interface KeyValue {
  readonly label: string
  readonly value: string
}

/** A table of the inspector: a log, a list of slots, of transactions. */
export interface InspectorTable {
  readonly title: string
  /** Its accessible name, such as `Log of n2`. */
  readonly label: string
  readonly columns: readonly string[]
  readonly rows: readonly {
    readonly key: string
    readonly cells: readonly string[]
    /** Committed, chosen, decided: drawn solid; the rest carry `pending` after their text. */
    readonly done: boolean
  }[]
  /** What a row not done is, in words: `not committed`, `not chosen`. */
  readonly pending: string
}

/** What the inspector shows of a node: its state, its tables, its store. */
export interface Inspection {
  readonly state: readonly KeyValue[]
  readonly tables: readonly InspectorTable[]
  readonly store: readonly KeyValue[]
}

export interface VariantInfo {
  readonly id: string
  readonly title: string
  /** One plain paragraph: the rule removed, what goes wrong, and what catches it. */
  readonly explanation: string
}

export interface GallerySection {
  readonly title: string
  readonly note?: string
  readonly presets: readonly Preset[]
}

/** A legend row of message kinds: a request and, when it has one, its reply. */
export interface LegendKinds {
  readonly label: string
  readonly request: string
  readonly reply?: string
}

export interface ProtocolPresentation {
  /** The protocol's name, as in scenarios (`raft`). */
  readonly name: string
  /** One line under the protocol's name in the picker. */
  readonly blurb: string
  readonly legend: {
    /** Roles in the order the legend lists them (crashed comes last on its own). */
    readonly roles: readonly string[]
    readonly messages: readonly LegendKinds[]
  }
  /** How each message kind (`Protocol.messageKind`) is drawn; others are a small dot. */
  readonly glyphs: Readonly<Record<string, GlyphShape>>
  /** The node machine, drawn as a statechart in the inspector with the node's state lit. */
  readonly machine: AnyStateMachine
  /** The inspector's view of a running node's state. */
  inspect(id: string, state: unknown): Inspection
  /** The inspector's view of a crashed node, from what survived the crash. */
  inspectCrashed(id: string, durable: unknown): Inspection
  /** Gallery sections in teaching order: the protocol working, then broken on purpose. */
  readonly gallery: readonly GallerySection[]
  /** Narrated lessons, in teaching order (`#lesson=<id>` opens one). */
  readonly lessons: readonly BuiltInLesson[]
  /** Every name in `spec.variants`, each with its story. */
  readonly variants: readonly VariantInfo[]
  /** Why each invariant matters, one plain clause, added after a violation's message. */
  readonly invariantNotes: Readonly<Record<string, string>>
  /**
   * For a group that watches itself (a failure detector): what the live members think of
   * each node at the moment shown, read from the checker's ghost state (`World.ghost`):
   * three counts per node slot (alive, suspect, dead; slot i is node n(i+1)) and how many
   * live members there are. The graph of a large cluster colours nodes by it.
   */
  readonly opinions?: (ghost: unknown) => Opinions | null
}

/** See `ProtocolPresentation.opinions`. */
export interface Opinions {
  /** `counts[3 * i + k]`: live members (not node i itself) that hold node i alive (k = 0), suspect (1), dead (2). */
  readonly counts: ArrayLike<number>
  /** Live members now. */
  readonly observers: number
}
