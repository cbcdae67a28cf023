/**
 * Chain replication's rules as pure functions: context and event in, new context and
 * effects out. The master and the servers are separate parts: master.ts, server.ts,
 * client-requests.ts; `step` sends each event to the part that handles it.
 */

import * as master from './master'
import * as server from './server'
import * as clients from './client-requests'
import { unchanged, type Outcome } from './outcome'
import type { ChainContext, ChainEvent, MasterContext, ServerContext } from './types'

export type { Outcome }

function masterStep(m: MasterContext, e: ChainEvent): Outcome {
  switch (e.type) {
    case 'Heartbeat':
      return master.onHeartbeat(m, e)
    case 'timer.detect':
      return master.onDetect(m)
    case 'timer.ping':
      return master.onForcedPing(m)
    case 'ClientRequest':
      return clients.masterClientRequest(m, e)
    default:
      return unchanged(m)
  }
}

function serverStep(c: ServerContext, e: ChainEvent): Outcome {
  switch (e.type) {
    case 'Config':
      return server.onConfig(c, e)
    case 'Forward':
      return server.onForward(c, e)
    case 'Ack':
      return server.onAck(c, e)
    case 'Report':
      return server.onReport(c, e)
    case 'Transfer':
      return server.onTransfer(c, e)
    case 'timer.ping':
      return server.onPing(c)
    case 'ClientRequest':
      return clients.onClientRequest(c, e)
    case 'VersionQuery':
      return clients.onVersionQuery(c, e)
    case 'VersionReply':
      return clients.onVersionReply(c, e)
    default:
      return unchanged(c)
  }
}

export function step(c: ChainContext, e: ChainEvent): Outcome {
  return c.kind === 'master' ? masterStep(c, e) : serverStep(c, e)
}

/** The first timer: the master's detector tick, or a server's first heartbeat. */
export function start(c: ChainContext): Outcome {
  return c.kind === 'master'
    ? { context: c, effects: [{ type: 'setTimer', name: 'detect', ms: c.pingMs }] }
    : { context: c, effects: [{ type: 'setTimer', name: 'ping', ms: [1, c.pingMs] }] }
}
