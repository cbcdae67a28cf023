/**
 * A chain node's context as it starts: the master from its configuration on disk, a server
 * from its history on disk. A restarted server comes back with a new incarnation, so it
 * holds no place until the master gives it one (or keeps it as the last holder of the data).
 */

import { emptyPMap } from '../pmap'
import type { ChainVariant } from './variants'
import type { ChainContext, Durable, Member, MasterContext, ServerContext } from './types'

export interface StartArgs {
  readonly id: string
  readonly peers: readonly string[]
  readonly pingMs: number
  readonly deadPings: number
  readonly craq?: boolean
  readonly variant?: ChainVariant | null
  readonly durable: Durable | null
}

const number = (id: string) => Number(id.slice(1))

/** Every node id in order; the last one is the master. */
export function allIds(id: string, peers: readonly string[]): string[] {
  return [...peers, id].sort((a, b) => number(a) - number(b))
}

/** The first configuration: every server in id order, version 1. */
export function firstMembers(servers: readonly string[]): Member[] {
  return servers.map((id) => ({ id, inc: 0, since: 1 }))
}

export function startContext(a: StartArgs): ChainContext {
  const all = allIds(a.id, a.peers)
  const master = all.at(-1)!
  const servers = all.slice(0, -1)
  const common = { id: a.id, pingMs: a.pingMs, deadPings: a.deadPings, craq: a.craq ?? false }
  if (a.id === master) {
    const d = a.durable?.kind === 'master' ? a.durable : null
    const m: MasterContext = {
      ...common,
      kind: 'master',
      servers,
      version: d?.version ?? 1,
      members: d?.members ?? firstMembers(servers),
      tick: 0,
      heard: {},
      filled: {},
    }
    return m
  }
  const d = a.durable?.kind === 'server' ? a.durable : null
  const members = d?.members ?? firstMembers(servers)
  const inc = d === null ? 0 : d.inc + 1
  // Only a first start finds itself in the configuration: a restart waits for the master.
  const own = d === null ? members.find((m) => m.id === a.id) : undefined
  const s: ServerContext = {
    ...common,
    kind: 'server',
    master,
    variant: a.variant ?? null,
    inc,
    hist: d?.hist ?? [],
    store: d?.store ?? {},
    sessions: d?.sessions ?? emptyPMap,
    acked: d?.acked ?? 0,
    filled: d?.filled ?? true,
    version: d?.version ?? 1,
    members,
    placed: own !== undefined,
    since: own?.since ?? 0,
    heldSince: d?.since ?? 0,
    predSince: own?.since ?? 0,
    succSince: own?.since ?? 0,
    reportTick: 0,
    tick: 0,
    leaseUntil: 0,
    sent: [],
    skipTo: null,
    pendingReport: null,
    waiting: [],
    reads: [],
  }
  return s
}

export function durableOf(c: ChainContext): Durable {
  if (c.kind === 'master') return { kind: 'master', version: c.version, members: c.members }
  return {
    kind: 'server',
    inc: c.inc,
    hist: c.hist,
    store: c.store,
    sessions: c.sessions,
    acked: c.acked,
    filled: c.filled,
    version: c.version,
    members: c.members,
    since: c.placed ? c.since : c.heldSince,
  }
}
