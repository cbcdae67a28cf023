/** A node's context as it starts: a fresh server, or the view service from its storage. */

import { emptyPMap } from '../pmap'
import { NO_VIEW, type Durable, type ServerContext, type ServiceContext } from './types'
import type { PbVariant } from './variants'

export interface StartArgs {
  readonly id: string
  readonly peers: readonly string[]
  readonly pingMs: number
  readonly deadPings: number
  readonly variant?: PbVariant | null
  readonly durable: Durable | null
}

/** The view service is the cluster's last node; the others are servers, lowest id first. */
export function roster(id: string, peers: readonly string[]) {
  const all = [...peers, id].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
  return { service: all.at(-1)!, servers: all.slice(0, -1) }
}

/** A server loses everything in a crash but its count of starts. */
export function startServer(a: StartArgs): ServerContext {
  const incarnation = a.durable?.kind === 'server' ? a.durable.incarnation + 1 : 1
  return {
    kind: 'server',
    id: a.id,
    service: roster(a.id, a.peers).service,
    pingMs: a.pingMs,
    variant: a.variant ?? null,
    incarnation,
    view: NO_VIEW,
    acked: false,
    ackedNum: 0,
    hasData: false,
    synced: false,
    backupReady: false,
    store: {},
    sessions: emptyPMap,
    versions: {},
    applied: 0,
    queue: [],
    inflight: null,
    fresh: false,
    served: 0,
    servedView: 0,
  }
}

/** The view service keeps its view and ack flag, so its numbering goes on after a crash. */
export function startService(a: StartArgs): ServiceContext {
  const d = a.durable?.kind === 'service' ? a.durable : null
  const { servers } = roster(a.id, a.peers)
  return {
    kind: 'service',
    id: a.id,
    servers,
    pingMs: a.pingMs,
    deadPings: a.deadPings,
    view: d?.view ?? NO_VIEW,
    acked: d?.acked ?? false,
    everAcked: d?.everAcked ?? false,
    primaryInc: d?.primaryInc ?? 0,
    backupInc: d?.backupInc ?? 0,
    ticks: 0,
    seen: servers.map(() => ({ incarnation: 0, lastTick: -1, pinged: 0 })),
  }
}

export function startContext(a: StartArgs) {
  return roster(a.id, a.peers).service === a.id ? startService(a) : startServer(a)
}

export function durableOf(c: ServerContext | ServiceContext): Durable {
  return c.kind === 'server'
    ? { kind: 'server', incarnation: c.incarnation }
    : {
        kind: 'service',
        view: c.view,
        acked: c.acked,
        everAcked: c.everAcked,
        primaryInc: c.primaryInc,
        backupInc: c.backupInc,
      }
}
