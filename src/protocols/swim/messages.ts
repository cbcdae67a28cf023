/** How the views name SWIM's and gossip's messages, and what each says in words. */

import type { Payload } from '../../sim/protocol'
import type { SwimMessage, Update } from './types'

export type SwimMessageKind =
  Exclude<SwimMessage['type'], 'Ack'> | 'PingAck' | 'ClientRequest' | 'ClientReply'

/** An ack is drawn as the reply to a ping (`PingAck`: chain replication's `Ack` is another kind). */
export const swimMessageKind = (msg: Payload): SwimMessageKind =>
  msg.type === 'Ack' ? 'PingAck' : (msg.type as SwimMessageKind)

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

export const updateText = (u: Update) => `${u.id} ${u.status} (incarnation ${u.inc})`

function carrying(updates: readonly Update[]): string {
  if (updates.length === 0) return ''
  if (updates.length <= 2) return `, carrying ${updates.map(updateText).join(' and ')}`
  return `, carrying ${plural(updates.length, 'update')}`
}

export function describeSwimMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as SwimMessage
  switch (m.type) {
    case 'Ping':
      return m.relay === undefined
        ? `${from} pings ${to}${carrying(m.updates)}`
        : `${from} pings ${to} for ${m.relay}${carrying(m.updates)}`
    case 'Ack':
      return m.relay === undefined
        ? `${from} acks ${to}${carrying(m.updates)}`
        : `${from} acks ${to}'s ping for ${m.relay}${carrying(m.updates)}`
    case 'PingReq':
      return `${from} asks ${to} to ping ${m.target}${carrying(m.updates)}`
    case 'Join':
      return `${from} asks ${to} to join (incarnation ${m.incarnation})`
    case 'JoinReply':
      return `${from} sends ${to} its table of ${plural(m.members.length, 'member')}`
    case 'Rumor':
      return `${from} tells ${to} ${m.key} = ${m.value} (version ${m.version})`
    default:
      return null
  }
}
