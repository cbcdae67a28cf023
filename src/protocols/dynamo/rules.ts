/**
 * A Dynamo replica's rules as pure functions: an event in, the new context and the
 * effects out. Every event sets the node's wall clock first (the kernel's, plus its skew).
 */

import { startSync, onSyncKeys, onSyncTree } from './anti-entropy'
import { onClientRequest, onReadReply, onRequestTimer, onWriteAck } from './coordinator'
import { deliverHints, onHandoffAck, onMembers } from './handoff'
import { onHandoff, onRead, onWrite, type Out } from './replica'
import { atTime } from './context'
import type { Effect } from '../../sim/protocol'
import type { ReplicaContext, TimedEvent } from './types'

const SYNC = 'sync'

/** Anti-entropy rounds come at a random point of each period, so nodes do not all sync at once. */
const syncTimer = (c: ReplicaContext): Effect => ({
  type: 'setTimer',
  name: SYNC,
  ms: [c.antiEntropyMs, Math.round(c.antiEntropyMs * 1.5)],
})

export function start(c: ReplicaContext): Out {
  return { context: c, effects: [syncTimer(c)] }
}

export function step(context: ReplicaContext, e: TimedEvent): Out {
  const c = atTime(context, e.now + context.skewMs)
  switch (e.type) {
    case 'ClientRequest':
      return onClientRequest(c, e)
    case 'Read':
      return onRead(c, e.from, e)
    case 'ReadReply':
      return onReadReply(c, e.from, e)
    case 'Write':
      return onWrite(c, e.from, e)
    case 'WriteAck':
      return onWriteAck(c, e.from, e)
    case 'Handoff':
      return onHandoff(c, e.from, e)
    case 'HandoffAck':
      return onHandoffAck(c, e.from, e)
    case 'SyncTree':
      return onSyncTree(c, e.from, e)
    case 'SyncKeys':
      return onSyncKeys(c, e.from, e)
    case 'members':
      return onMembers(c, e.members)
    case 'timer.sync': {
      const synced = startSync(c)
      const handed = deliverHints(synced.context)
      return {
        context: handed.context,
        effects: [...synced.effects, ...handed.effects, syncTimer(c)],
      }
    }
    default:
      return onRequestTimer(c, e.type.slice('timer.'.length))
  }
}
