/** How the views name primary-backup messages, and what each says in words for the event log. */

import type { Payload } from '../../sim/protocol'
import type { Command, PbMessage, View } from './types'

export const PB_MESSAGE_KINDS = [
  'Ping',
  'ViewReply',
  'StateTransfer',
  'StateTransferReply',
  'ForwardOp',
  'ForwardOpReply',
  'ClientRequest',
  'ClientReply',
] as const

export type PbMessageKind = (typeof PB_MESSAGE_KINDS)[number]

export function pbMessageKind(msg: Payload): PbMessageKind {
  return msg.type as PbMessageKind
}

export function commandText(c: Command): string {
  return c.op === 'put' ? `put ${c.key} = ${c.value}` : `${c.op} ${c.key}`
}

export function viewText(v: View): string {
  if (v.num === 0) return 'no view yet'
  return `view ${v.num}: primary ${v.primary ?? '—'}, backup ${v.backup ?? '—'}`
}

/** A primary-backup message in words, as the event log shows it. */
export function describePbMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as unknown as PbMessage
  switch (m.type) {
    case 'Ping':
      return m.view === 0
        ? `${from} pings ${to}, acknowledging no view`
        : `${from} pings ${to} (view ${m.view})`
    case 'ViewReply':
      return `${from} tells ${to} ${viewText(m.view)}${m.view.num > 0 && m.acked ? ' (acknowledged)' : ''}`
    case 'StateTransfer': {
      const keys = Object.keys(m.store).length
      return `${from} sent its whole state to ${to} (view ${m.view}, ${keys} ${keys === 1 ? 'key' : 'keys'})`
    }
    case 'StateTransferReply':
      return m.ok
        ? `${from} took the state transfer (view ${m.view})`
        : `${from} refused the state transfer: it is not the backup of view ${m.view}`
    case 'ForwardOp':
      return `${from} forwarded ${commandText(m.command)} to ${to} (view ${m.view})`
    case 'ForwardOpReply':
      if (m.ok) return `${from} applied forward ${m.n} (view ${m.view})`
      return m.reason === 'sync'
        ? `${from} refused forward ${m.n}: it lacks the state of view ${m.view}`
        : `${from} refused forward ${m.n}: it is not the backup of view ${m.view}`
    default:
      return null
  }
}
