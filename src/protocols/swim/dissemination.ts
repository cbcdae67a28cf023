/**
 * How far news spread in a run, as fractions of the live members over time: of a failure
 * (SWIM: members that hold the crashed member suspect or dead, and dead), read from the
 * checker's log of opinion counts; of a rumour (push gossip: members that know its
 * version or a newer one), read from the trace's state entries. Pure, for the views and
 * the tests alike.
 */

import { SPREAD_WIDTH, type SwimGhost } from './invariants'
import type { TraceView } from '../../sim/trace'

export interface SpreadPoint {
  readonly t: number
  readonly value: number
}

export interface FailureSpread {
  readonly node: string
  readonly crashedAt: number
  /** Live members that held an opinion of it when it crashed. */
  readonly observers: number
  /** Fractions of the live members that hold it suspect or dead, and dead, as they changed. */
  readonly suspect: readonly SpreadPoint[]
  readonly dead: readonly SpreadPoint[]
  readonly firstSuspect: number | null
  readonly firstDead: number | null
  /** When every live member had marked it dead (the detection time's end), if it was. */
  readonly allDead: number | null
}

const slotOf = (id: string) => Number(id.slice(1)) - 1

/** Adds a point, replacing one at the same time (several changes in one step) and dropping repeats. */
function push(points: SpreadPoint[], t: number, value: number): void {
  const last = points.at(-1)
  if (last !== undefined && last.t === t) points.pop()
  if (points.at(-1)?.value !== value) points.push({ t, value })
}

/**
 * The spread of `node`'s failure from its crash at `crashedAt` until `untilMs` (its restart,
 * or as far as the ghost has seen).
 */
export function failureSpread(
  ghost: SwimGhost,
  node: string,
  crashedAt: number,
  untilMs: number,
): FailureSpread {
  const slot = slotOf(node)
  const { entries, length } = ghost.spread
  const suspect: SpreadPoint[] = []
  const dead: SpreadPoint[] = []
  let observers = 0
  let firstSuspect: number | null = null
  let firstDead: number | null = null
  for (let i = 0; i + SPREAD_WIDTH <= length; i += SPREAD_WIDTH) {
    const t = entries[i]!
    if (t < crashedAt || entries[i + 1] !== slot) continue
    if (t > untilMs) break
    const a = entries[i + 2]!
    const s = entries[i + 3]!
    const d = entries[i + 4]!
    const total = a + s + d
    if (suspect.length === 0) observers = total
    if (total === 0) continue
    if (s + d > 0) firstSuspect ??= t
    if (d > 0) firstDead ??= t
    push(suspect, t, (s + d) / total)
    push(dead, t, d / total)
  }
  const detection = ghost.detections.find(
    (x) => x.node === node && x.crashedAt === crashedAt && x.deadAt <= untilMs,
  )
  return {
    node,
    crashedAt,
    observers,
    suspect,
    dead,
    firstSuspect,
    firstDead,
    allDead: detection?.deadAt ?? null,
  }
}

/** When the fraction first reached `q`, or null. */
export function timeToReach(points: readonly SpreadPoint[], q: number): number | null {
  return points.find((p) => p.value >= q - 1e-9)?.t ?? null
}

/** A change of one member as the rumour view needs it: it came up or down, or learned a version. */
interface MemberChange {
  readonly t: number
  readonly node: number
  /** The version it knows now; -1: down (crashed or left). */
  readonly version: number
}

/**
 * The members' rumour versions over a run, read from the trace's state entries (a gossip
 * member's `commit` is the version it knows); grown as the trace grows.
 */
export class RumourLog {
  private readonly nodeLookup: ReadonlyMap<string, number>
  private readonly changes: MemberChange[] = []
  private read = 0

  constructor(ids: readonly string[]) {
    this.nodeLookup = new Map(ids.map((id, i) => [id, i]))
  }

  update(trace: TraceView): this {
    for (; this.read < trace.length; this.read++) {
      const e = trace.at(this.read)!
      if (e.kind !== 'state') continue
      const node = this.nodeLookup.get(e.node)
      if (node === undefined) continue
      const down = e.role === 'crashed' || e.role === 'left'
      this.changes.push({ t: e.t, node, version: down ? -1 : (e.commit ?? 0) })
    }
    return this
  }

  /** Every version some member knew up to `untilMs`, oldest first. */
  versions(untilMs: number): number[] {
    const seen = new Set<number>()
    for (const c of this.changes) {
      if (c.t > untilMs) break
      if (c.version > 0) seen.add(c.version)
    }
    return [...seen].sort((a, b) => a - b)
  }

  /**
   * The fraction of the members that are up which know `version` (or a newer one), from
   * when the first learned it up to `untilMs`; `members` is how many were up then.
   */
  spread(version: number, untilMs: number): RumourSpread {
    const known: number[] = []
    let up = 0
    let knowing = 0
    let startedAt: number | null = null
    let members = 0
    const points: SpreadPoint[] = []
    for (const c of this.changes) {
      if (c.t > untilMs) break
      const was = known[c.node]
      if (was !== undefined && was >= 0) up--
      if (was !== undefined && was >= version) knowing--
      known[c.node] = c.version
      if (c.version >= 0) up++
      if (c.version >= version) knowing++
      if (startedAt === null && knowing > 0) startedAt = c.t
      // Every member's state at that moment counts (they start one by one at time 0).
      if (startedAt === c.t) members = up
      if (startedAt !== null && up > 0) push(points, c.t, knowing / up)
    }
    return { version, startedAt, members, points }
  }
}

export interface RumourSpread {
  readonly version: number
  /** When the first member knew it (null: none yet). */
  readonly startedAt: number | null
  /** Members up at that moment. */
  readonly members: number
  readonly points: readonly SpreadPoint[]
}
