/**
 * The transaction view's model: one row per transaction, and in it what the coordinator and
 * each participant knew of the transaction over time, as spans of one state each, from the
 * moment the coordinator began it up to the cursor. A span also says whether the node was
 * blocked (a participant waiting for the outcome past its timeout) or down (crashed: its
 * state is then what it kept on disk).
 */

import type { Decision, TxnState } from '../types'

/** Where a participant stands: `working` until its prepare arrives. */
export type ParticipantState = 'working' | TxnState

/**
 * Where the coordinator stands: running the transaction (`voting`, then in 3PC
 * `precommitting`), its logged decision, or `forgotten`: no record, after a crash before
 * it decided (asked, it answers abort).
 */
export type CoordinatorState = 'voting' | 'precommitting' | 'committed' | 'aborted' | 'forgotten'

export type CellState = ParticipantState | CoordinatorState

/** What a node's state says of one transaction at one moment. */
export interface Status {
  readonly state: CellState
  readonly blocked: boolean
  readonly down: boolean
}

export interface Span extends Status {
  readonly from: number
  readonly to: number
  /** Still so at the cursor (`to` is the cursor). */
  readonly open: boolean
}

export interface TxnCell {
  readonly node: string
  /** In time order, each from where the one before it ends. */
  readonly spans: readonly Span[]
}

/** How the participants ended: all one way, some each way (Atomicity broken), or not yet. */
export type Outcome = 'committed' | 'aborted' | 'split' | 'undecided'

export interface LoggedDecision {
  readonly value: Decision
  /** When the coordinator's log first held it. */
  readonly at: number
}

export interface TxnRow {
  readonly id: string
  /** When the coordinator began it. */
  readonly start: number
  readonly keys: readonly string[]
  readonly participants: readonly string[]
  readonly decision: LoggedDecision | null
  readonly coordinator: TxnCell
  /** One per column (`TxnTable.participants`); null where the transaction has no key there. */
  readonly cells: readonly (TxnCell | null)[]
  readonly outcome: Outcome
}

export interface TxnTable {
  readonly cursor: number
  readonly coordinator: string
  /** The columns after the coordinator's, in node order. */
  readonly participants: readonly string[]
  /** In the order the coordinator numbered them. */
  readonly rows: readonly TxnRow[]
}

/** What the model reads of a world's node slot (sim/world.ts `NodeSlot`). */
export interface SlotLike {
  readonly id: string
  readonly up: boolean
  readonly state: unknown
  readonly durable: unknown
  readonly absent?: true
}
