/** How the views name Multi-Paxos messages, and what each says in words for the event log. */

import { formatBallot } from './ballot'
import { commandText } from './command-text'
import type { Payload } from '../../sim/protocol'
import type { PaxosMessage } from './types'

export const PAXOS_MESSAGE_KINDS = [
  'Prepare',
  'Promise',
  'Accept',
  'Accepted',
  'Decide',
  'Heartbeat',
  'CatchUp',
  'ClientRequest',
  'ClientReply',
] as const

export type PaxosMessageKind = (typeof PAXOS_MESSAGE_KINDS)[number]

export function paxosMessageKind(msg: Payload): PaxosMessageKind {
  return msg.type as PaxosMessageKind
}

const range = (first: number, last: number) =>
  first === last ? `slot ${first}` : `slots ${first}–${last}`

/** A Paxos message in words; a heartbeat says nothing more than its kind. */
export function describePaxosMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as unknown as PaxosMessage
  switch (m.type) {
    case 'Prepare':
      return `${from} asks ${to} to promise ballot ${formatBallot(m.ballot)} for slots from ${m.fromSlot}`
    case 'Promise': {
      if (!m.ok)
        return `${from} refused ballot ${formatBallot(m.ballot)}: it promised ${formatBallot(m.promised)}`
      const n = m.accepted.length
      const reports = n === 0 ? '' : `, reporting ${n} accepted ${n === 1 ? 'value' : 'values'}`
      return `${from} promised ballot ${formatBallot(m.ballot)} to ${to}${reports}`
    }
    case 'Accept':
      return `${from} asks ${to} to accept ${commandText(m.command)} in slot ${m.slot} at ballot ${formatBallot(m.ballot)}`
    case 'Accepted':
      return m.ok
        ? `${from} accepted slot ${m.slot} at ballot ${formatBallot(m.ballot)}`
        : `${from} refused ballot ${formatBallot(m.ballot)}: it promised ${formatBallot(m.promised)}`
    case 'Decide': {
      const [first, ...rest] = m.decisions
      if (first === undefined) return null
      if (rest.length === 0) return `slot ${first.slot} chosen: ${commandText(first.command)}`
      return `${from} tells ${to} ${range(first.slot, m.decisions.at(-1)!.slot)} chosen`
    }
    case 'CatchUp':
      return `${from} asks ${to} for the slots chosen from ${m.fromSlot} on`
    default:
      return null
  }
}
