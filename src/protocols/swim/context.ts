/**
 * A member's state as it starts. The first members know each other from the start (a
 * static bootstrap, as a cluster's configuration gives it); a member that joins later, or
 * restarts, knows only the seeds and joins through one of them with a new incarnation.
 */

import { pmapFrom, type PMap } from '../pmap'
import { seedFor, shuffle } from './random'
import type {
  Durable,
  GossipContext,
  GossipOptions,
  Member,
  SwimContext,
  SwimOptions,
} from './types'

export interface StartArgs {
  readonly id: string
  readonly peers: readonly string[]
  readonly seed: number
  readonly now: number
  readonly durable: Durable | null
  readonly opts: SwimOptions
}

/** One table of the first members, all alive at incarnation 0, shared by all of them. */
let bootTable: { readonly key: string; readonly table: PMap<Member> } | null = null

function bootMembers(ids: readonly string[]): PMap<Member> {
  const key = ids.join(',')
  if (bootTable?.key !== key) {
    const alive: Member = { status: 'alive', inc: 0, since: 0 }
    bootTable = { key, table: pmapFrom(ids.map((id) => [id, alive] as const)) }
  }
  return bootTable.table
}

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1))

export function startSwim({ id, peers, seed, now, durable, opts }: StartArgs): SwimContext {
  const boot = durable === null && now === 0
  const incarnation = durable === null ? 0 : durable.incarnation + 1
  const others = [...peers].sort(byNumber)
  const [order, rng] = shuffle(boot ? others : [], seedFor(seed, id, incarnation))
  const self: Member = { status: 'alive', inc: incarnation, since: now }
  return {
    kind: 'swim',
    id,
    opts,
    seeds: others,
    joined: boot,
    incarnation,
    members: boot ? bootMembers([...others, id].sort(byNumber)) : pmapFrom([[id, self]]),
    counts: { alive: boot ? others.length + 1 : 1, suspect: 0, dead: 0 },
    order,
    next: 0,
    probe: null,
    seq: 0,
    rng,
    buffer: [],
    suspicions: {},
    health: 0,
    now,
    changes: [],
  }
}

export const durableOf = (c: SwimContext): Durable => ({ incarnation: c.incarnation })

/**
 * The context as a step begins: the clock at `now`, no changes yet. Written out field by
 * field, in startSwim's order, so that every context has one shape (V8 copies a context
 * of many shapes slowly, and every step copies it).
 */
export function atTime(c: SwimContext, now: number): SwimContext {
  return {
    kind: c.kind,
    id: c.id,
    opts: c.opts,
    seeds: c.seeds,
    joined: c.joined,
    incarnation: c.incarnation,
    members: c.members,
    counts: c.counts,
    order: c.order,
    next: c.next,
    probe: c.probe,
    seq: c.seq,
    rng: c.rng,
    buffer: c.buffer,
    suspicions: c.suspicions,
    health: c.health,
    now,
    changes: [],
  }
}

export function startGossip(args: {
  readonly id: string
  readonly peers: readonly string[]
  readonly seed: number
  readonly now: number
  readonly opts: GossipOptions
  readonly startRumor: boolean
}): GossipContext {
  const { id, peers, seed, now, opts } = args
  const first = args.startRumor && now === 0 && [...peers, id].sort(byNumber)[0] === id
  return {
    kind: 'gossip',
    id,
    opts,
    peers: [...peers].sort(byNumber),
    rng: seedFor(seed, id, 0),
    version: first ? 1 : 0,
    key: first ? 'rumor' : null,
    value: first ? 'v1' : null,
    informedAt: first ? 0 : null,
    now,
  }
}
