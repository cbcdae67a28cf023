/**
 * The membership matrix at one moment: row i is what member i thinks of every member
 * (column j), one byte a cell. A member's row depends only on its table of members, which
 * is never changed in place, so rows are kept per table: a step of a 1,000-member group
 * rebuilds the rows of the few members that stepped, not a million cells.
 */

import type { PMap } from '../../pmap'
import { memberContextOf } from '../index'
import { STATUS_RANK, type Member, type Status } from '../types'

export const CELL_UNKNOWN = 0
/** alive, suspect, dead: 1 + the status's rank. */
export const cellOf = (status: Status) => 1 + STATUS_RANK[status]

/** A row's observer: up (its view is shown), crashed, or not a member (not joined, or left). */
export type RowKind = 'up' | 'crashed' | 'absent'

export interface MembershipMatrix {
  readonly size: number
  readonly ids: readonly string[]
  readonly rows: readonly RowKind[]
  /** size × size, row by row: CELL_UNKNOWN or cellOf(status). */
  readonly cells: Uint8Array
  /** Each up observer's table (null for other rows), for what the pointer reads out. */
  readonly tables: readonly (PMap<Member> | null)[]
}

/** What the matrix reads of a world's node slot (sim/world.ts `NodeSlot`). */
export interface SlotLike {
  readonly id: string
  readonly up: boolean
  readonly state: unknown
  readonly absent?: true
}

const rowLookup = new WeakMap<PMap<Member>, Uint8Array>()
/** Per bucket of a table: its entries as (slot << 2 | cell). */
const bucketLookup = new WeakMap<object, Int32Array>()

const slotOf = (id: string) => Number(id.slice(1)) - 1

/**
 * A table is 32 × 32 buckets (pmap.ts), and a new version of a table shares every bucket
 * but the one that changed: so the entries are read out per bucket, once, and a row is
 * put together from them without parsing a million ids again.
 */
function bucketEntries(bucket: Readonly<Record<string, Member>>): Int32Array {
  let packed = bucketLookup.get(bucket)
  if (packed === undefined) {
    const keys = Object.keys(bucket)
    packed = new Int32Array(keys.length)
    keys.forEach((id, k) => {
      packed![k] = (slotOf(id) << 2) | cellOf(bucket[id]!.status)
    })
    bucketLookup.set(bucket, packed)
  }
  return packed
}

function rowOf(table: PMap<Member>, size: number): Uint8Array {
  const cached = rowLookup.get(table)
  if (cached?.length === size) return cached
  const row = new Uint8Array(size)
  for (const inner of table) {
    for (const bucket of inner ?? []) {
      if (bucket === undefined) continue
      for (const entry of bucketEntries(bucket)) {
        const j = entry >> 2
        if (j >= 0 && j < size) row[j] = entry & 3
      }
    }
  }
  rowLookup.set(table, row)
  return row
}

/** The matrix of a SWIM group's nodes (a gossip group's members hold no tables: all rows absent). */
export function membershipMatrix(nodes: readonly SlotLike[]): MembershipMatrix {
  const size = nodes.length
  const cells = new Uint8Array(size * size)
  const rows: RowKind[] = []
  const tables: (PMap<Member> | null)[] = []
  nodes.forEach((slot, i) => {
    const c = slot.up && slot.state !== null ? memberContextOf(slot.state) : null
    if (c === null || c.kind !== 'swim') {
      rows.push(slot.absent === true || c !== null ? 'absent' : 'crashed')
      tables.push(null)
      return
    }
    rows.push('up')
    tables.push(c.members)
    cells.set(rowOf(c.members, size), i * size)
  })
  return { size, ids: nodes.map((n) => n.id), rows, cells, tables }
}

/** How the live members (the subject itself left out) see one subject. */
export interface Tally {
  readonly live: number
  readonly unknown: number
  readonly alive: number
  readonly suspect: number
  readonly dead: number
}

/** Per column: what the up rows hold of that member. */
export function tallies(m: MembershipMatrix): Tally[] {
  const { size, cells, rows } = m
  const counts = new Int32Array(size * 4)
  let live = 0
  for (let i = 0; i < size; i++) {
    if (rows[i] !== 'up') continue
    live++
    const base = i * size
    for (let j = 0; j < size; j++) counts[j * 4 + cells[base + j]!]!++
  }
  return Array.from({ length: size }, (_, j) => {
    // An up subject's own row holds what it thinks of itself: take it out.
    if (rows[j] === 'up') counts[j * 4 + cells[j * size + j]!]!--
    return {
      live: rows[j] === 'up' ? live - 1 : live,
      unknown: counts[j * 4]!,
      alive: counts[j * 4 + 1]!,
      suspect: counts[j * 4 + 2]!,
      dead: counts[j * 4 + 3]!,
    }
  })
}
