/**
 * The transaction view's record of a run, grown moment by moment: `observe(t, slots)` takes
 * the nodes as they are after every event at time t and notes, per transaction and node,
 * each change of state. Node states are replaced, never mutated, so a slot whose state and
 * up flag are the ones seen last changed nothing; a participant that stayed up can have
 * changed only the transactions it has a record of.
 */

import {
  coordinatorStatus,
  isCoordinator,
  knownOf,
  knownTxns,
  logOf,
  participantStatus,
  type KnownTxn,
} from './txn-status'
import type { LoggedDecision, SlotLike, Status } from './txn-model'

/** A state from `from` on, until the next mark of its cell. */
export interface Mark extends Status {
  readonly from: number
}

export interface RowLog {
  readonly id: string
  readonly start: number
  readonly participants: string[]
  readonly keys: string[]
  decision: LoggedDecision | null
  /** By node: the coordinator's cell and every participant's. */
  readonly cells: Map<string, Mark[]>
}

const same = (a: Status, b: Status) =>
  a.state === b.state && a.blocked === b.blocked && a.down === b.down

export class TxnLog {
  coordinator: string | null = null
  participants: readonly string[] = []
  readonly rows = new Map<string, RowLog>()
  /** Bumped by every observation that changed something. */
  version = 0
  private readonly seen = new Map<string, { state: unknown; up: boolean }>()

  observe(t: number, slots: readonly SlotLike[]): void {
    if (this.coordinator === null) this.meet(slots)
    const changed = this.changes(slots)
    if (changed.length === 0) return
    this.version++
    const grown = new Set<RowLog>()
    for (const { slot } of changed) this.learn(t, slot, grown)
    for (const { slot, upChanged } of changed) this.update(t, slot, upChanged)
    for (const row of grown) this.fill(t, row, slots)
  }

  private meet(slots: readonly SlotLike[]): void {
    const coordinator = slots.find(isCoordinator)
    if (coordinator === undefined) return
    this.coordinator = coordinator.id
    this.participants = slots.filter((s) => s !== coordinator).map((s) => s.id)
  }

  /** The slots whose state or up flag is not the one seen last. */
  private changes(slots: readonly SlotLike[]) {
    const changed: { slot: SlotLike; upChanged: boolean }[] = []
    for (const slot of slots) {
      const last = this.seen.get(slot.id)
      const unchanged = last !== undefined && last.state === slot.state && last.up === slot.up
      if (slot.absent === true || unchanged) continue
      changed.push({ slot, upChanged: last?.up !== slot.up })
      this.seen.set(slot.id, { state: slot.state, up: slot.up })
    }
    return changed
  }

  /** New transactions, participants and decisions the slot knows of. */
  private learn(t: number, slot: SlotLike, grown: Set<RowLog>): void {
    const known = knownOf(slot)
    if (known === null) return
    for (const txn of knownTxns(known)) this.rowOf(t, txn, slot.id, grown)
    for (const [id, value] of Object.entries(logOf(known))) {
      const row = this.rows.get(id)
      if (row !== undefined && row.decision === null) row.decision = { value, at: t }
    }
  }

  private rowOf(t: number, txn: KnownTxn, from: string, grown: Set<RowLog>): void {
    let row = this.rows.get(txn.id)
    if (row === undefined) {
      row = { id: txn.id, start: t, participants: [], keys: [], decision: null, cells: new Map() }
      this.rows.set(txn.id, row)
      grown.add(row)
    }
    const nodes = from === this.coordinator ? txn.participants : [...txn.participants, from]
    for (const node of nodes) {
      if (row.participants.includes(node)) continue
      row.participants.push(node)
      grown.add(row)
    }
    for (const key of txn.keys) if (!row.keys.includes(key)) row.keys.push(key)
  }

  /** Marks what changed for the slot's node. */
  private update(t: number, slot: SlotLike, upChanged: boolean): void {
    const known = knownOf(slot)
    if (slot.id === this.coordinator) {
      for (const row of this.rows.values())
        this.mark(t, row, slot.id, coordinatorStatus(slot, known, row.id))
      return
    }
    // Up all along, it changed only what it has records of; a crash or restart, anything.
    const ids =
      upChanged || known === null ? [...this.rows.keys()] : knownTxns(known).map((x) => x.id)
    for (const id of ids) {
      const row = this.rows.get(id)!
      if (!row.participants.includes(slot.id)) continue
      this.mark(t, row, slot.id, participantStatus(slot, known, id))
    }
  }

  /** Starts the cells a new row (or one with a new participant) lacks. */
  private fill(t: number, row: RowLog, slots: readonly SlotLike[]): void {
    for (const slot of slots) {
      if (row.cells.has(slot.id)) continue
      const known = knownOf(slot)
      if (slot.id === this.coordinator)
        this.mark(t, row, slot.id, coordinatorStatus(slot, known, row.id))
      else if (row.participants.includes(slot.id)) {
        this.mark(t, row, slot.id, participantStatus(slot, known, row.id))
      }
    }
  }

  private mark(t: number, row: RowLog, node: string, status: Status): void {
    let marks = row.cells.get(node)
    if (marks === undefined) row.cells.set(node, (marks = []))
    const last = marks.at(-1)
    if (last !== undefined && same(last, status)) return
    // Two changes at one moment: the later one stands (a span of no length shows nothing).
    if (last?.from === t) marks.pop()
    const before = marks.at(-1)
    if (before === undefined || !same(before, status)) marks.push({ from: t, ...status })
  }
}
