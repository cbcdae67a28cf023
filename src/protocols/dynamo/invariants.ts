/**
 * Dynamo's safety properties, checked after every step.
 *
 * Acknowledged Writes Survive: a put the coordinator answered after W replicas stored it
 * is never lost while any of them remains (a crash keeps a replica's store on disk). It is
 * lost when no node holds its version any more, nor a version that may come after it: one
 * of the same write, or of any write that did not finish before it began. A write that
 * finished before it began may not replace it; last-writer-wins with a skewed clock does.
 *
 * Clocks Never Go Backwards: what a replica holds of a key has seen at least what it held
 * before (the merged vector clock of its versions only grows), as a version is dropped only
 * for one that has seen it.
 *
 * Reads Written Back (ABD mode): when a get returns a version, at least W replicas hold it
 * or a later one, so every later read quorum meets one of them (Attiya, Bar-Noy & Dolev).
 */

import { compare, context, formatClock } from './vector-clock'
import { heldVersions } from './replica'
import { versionsText } from './messages'
import type { ClientOp } from '../../sim/world'
import type { InvariantChecker, Violation } from '../../sim/protocol'
import { later } from './versions'
import type { Acked, ReplicaContext, Returned, Versions } from './types'

/** An acknowledged put still worth watching. */
interface Watched {
  readonly op: string
  readonly key: string
  readonly value: string
  readonly invokedAt: number
  readonly by: readonly string[]
}

export interface DynamoGhost {
  /** Acknowledged puts by key; one that a later acknowledged put followed is let go. */
  writes: Readonly<Record<string, readonly Watched[]>>
  /** When each acknowledged put was acknowledged, by op. */
  ackedAt: Readonly<Record<string, number>>
  /** What a crashed node holds on disk, by node, as it went down. */
  down: Readonly<Record<string, ReplicaContext>>
  reported: Readonly<Record<string, true>>
}

const clientIndex = (op: string) => Number(op.slice(1)) - 1

export function createDynamoInvariants(
  contextOf: (state: unknown) => ReplicaContext,
  ids: (count: number) => readonly string[],
): InvariantChecker<unknown, DynamoGhost> {
  let found: Violation[] = []
  let names: readonly string[] = []

  const report = (g: DynamoGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    found.push(v)
  }

  /** Each node's versions of `key`: running, from its state; crashed, from its disk. */
  const holdings = (g: DynamoGhost, key: string, all: readonly { readonly state: unknown }[]) =>
    all.flatMap((slot, i) => {
      const id = names[i]!
      const c = slot.state === null ? g.down[id] : contextOf(slot.state)
      return c === undefined ? [] : [{ id, versions: heldVersions(c, key) }]
    })

  const watch = (g: DynamoGhost, at: number, a: Acked, clients: readonly ClientOp[]) => {
    const invokedAt = clients[clientIndex(a.op)]?.invokedAt ?? at
    g.ackedAt = { ...g.ackedAt, [a.op]: at }
    // A put acknowledged before this one began needs no watching of its own any more:
    // whatever may replace this one may replace it too.
    const older = (g.writes[a.key] ?? []).filter(
      (w) => w.op !== a.op && (g.ackedAt[w.op] ?? Infinity) >= invokedAt,
    )
    const mine = { op: a.op, key: a.key, value: a.version.value, invokedAt, by: a.by }
    g.writes = { ...g.writes, [a.key]: [...older, mine] }
  }

  const lost = (g: DynamoGhost, at: number, key: string, all: readonly { state: unknown }[]) => {
    const watched = g.writes[key]
    if (watched === undefined) return
    const held = holdings(g, key, all)
    for (const w of watched) {
      const mayFollow = (op: string) => op === w.op || !((g.ackedAt[op] ?? Infinity) < w.invokedAt)
      if (held.some((h) => h.versions.some((v) => mayFollow(v.op)))) continue
      const left = w.by.filter((id) => !held.some((h) => h.id === id))
      if (left.length === w.by.length) continue
      const copies = held.filter((h) => h.versions.length > 0)
      report(g, `lost:${w.op}`, {
        invariant: 'Acknowledged Writes Survive',
        at,
        nodes: w.by,
        message: `put ${key} = ${w.value} of ${w.op}, stored on ${w.by.join(', ')} and acknowledged, is lost: ${
          copies.length === 0
            ? 'no node holds it'
            : `every copy of ${key} is from a write that finished before it began (${copies
                .map((h) => `${h.id}: ${versionsText(h.versions)}`)
                .join('; ')})`
        }`,
      })
    }
  }

  const writtenBack = (
    g: DynamoGhost,
    at: number,
    coordinator: ReplicaContext,
    got: Returned,
    all: readonly { state: unknown }[],
  ) => {
    const tag = got.versions[0]
    if (tag === undefined) return
    const holders = names.filter((id, i) => {
      const slot = all[i]!
      const c = slot.state === null ? g.down[id] : contextOf(slot.state)
      return c?.store[got.key]?.some((v) => v.op === tag.op || later(v, tag)) === true
    })
    if (holders.length >= coordinator.w) return
    report(g, `back:${got.op}`, {
      invariant: 'Reads Written Back',
      at,
      nodes: [coordinator.id],
      message: `${coordinator.id} returned ${got.key} = ${tag.value} to ${got.op} while ${
        holders.length === 0
          ? 'no replica holds it'
          : `only ${holders.join(', ')} ${holders.length === 1 ? 'holds' : 'hold'} it`
      } (W = ${coordinator.w}): a later read of other replicas can miss it`,
    })
  }

  const clocks = (
    at: number,
    g: DynamoGhost,
    id: string,
    key: string,
    was: Versions,
    now: Versions,
  ) => {
    const before = context(was)
    const after = context(now)
    const order = compare(after, before)
    if (order === 'after' || order === 'equal') return
    report(g, `clock:${id}:${key}:${formatClock(after)}`, {
      invariant: 'Clocks Never Go Backwards',
      at,
      nodes: [id],
      message: `${id}'s versions of ${key} went from clock ${formatClock(before)} to ${formatClock(after)}, which has not seen all of it`,
    })
  }

  return {
    init: () => ({ writes: {}, ackedAt: {}, down: {}, reported: {} }),
    clone: (g) => ({ ...g }),
    digest: (g) => ({
      writes: g.writes,
      ackedAt: g.ackedAt,
      down: Object.keys(g.down),
      reported: g.reported,
    }),
    check(g, at, id, beforeState, afterState, all, clients) {
      found = []
      if (names.length !== all.length) names = ids(all.length)
      const before = beforeState === null ? null : contextOf(beforeState)
      const after = afterState === null ? null : contextOf(afterState)
      if (after === null) {
        // Down: a crash keeps the store on disk; a node that left keeps nothing.
        const slot = all[names.indexOf(id)] as { readonly absent?: true } | undefined
        const { [id]: _, ...down } = g.down
        g.down = before === null || slot?.absent === true ? down : { ...down, [id]: before }
        if (before !== null) for (const key of Object.keys(before.store)) lost(g, at, key, all)
        return found
      }
      if (before === null) {
        if (id in g.down) {
          const { [id]: _, ...down } = g.down
          g.down = down
        }
        return found
      }
      for (const a of after.acked) if (!before.acked.includes(a)) watch(g, at, a, clients)
      const touched = new Set<string>()
      if (after.store !== before.store) {
        for (const key of Object.keys(before.store)) {
          const was = before.store[key]!
          const now = after.store[key]
          if (now === was) continue
          touched.add(key)
          if (now !== undefined) clocks(at, g, id, key, was, now)
        }
      }
      if (after.hints !== before.hints) for (const h of before.hints) touched.add(h.key)
      for (const a of after.acked) if (!before.acked.includes(a)) touched.add(a.key)
      if (after.resolution === 'abd' && after.returned !== before.returned) {
        for (const got of after.returned) {
          if (!before.returned.includes(got)) writtenBack(g, at, after, got, all)
        }
      }
      for (const key of touched) lost(g, at, key, all)
      return found
    },
  }
}
