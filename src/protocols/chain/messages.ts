/** How the views name chain-replication messages, and what each says in words. */

import type { Payload } from '../../sim/protocol'
import type { ChainMessage, Update } from './types'

export const CHAIN_MESSAGE_KINDS = [
  'Heartbeat',
  'Config',
  'Forward',
  'Ack',
  'Report',
  'Transfer',
  'VersionQuery',
  'ClientRequest',
  'ClientReply',
] as const

export type ChainMessageKind = (typeof CHAIN_MESSAGE_KINDS)[number]

/** CRAQ's question to the tail and its answer are one kind, drawn alike. */
export function chainMessageKind(msg: Payload): ChainMessageKind {
  return msg.type === 'VersionReply' ? 'VersionQuery' : (msg.type as ChainMessageKind)
}

/** `put x = 1`, as the event log and the inspector write an update's command. */
export function updateText(u: Update): string {
  const c = u.command
  return c.op === 'put' ? `put ${c.key} = ${c.value ?? ''}` : `${c.op} ${c.key}`
}

const chainText = (ids: readonly string[]) => (ids.length === 0 ? 'empty' : ids.join(' → '))

/** A chain message in words; a heartbeat says nothing more than its kind. */
export function describeChainMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as unknown as ChainMessage
  switch (m.type) {
    case 'Config':
      return m.echo === null
        ? `${from} tells ${to} chain version ${m.version}: ${chainText(m.members.map((x) => x.id))}`
        : `${from} answers ${to}'s heartbeat: chain version ${m.version}`
    case 'Forward':
      return `${from} forwarded update ${m.update.seq} (${updateText(m.update)}) to ${to}`
    case 'Ack':
      return `${from} acked update ${m.upTo} to ${to}`
    case 'Report':
      return m.fresh
        ? `${from} asks ${to}, its new predecessor, for its whole history`
        : `${from} tells ${to}, its new predecessor, it has updates up to ${m.last}`
    case 'Transfer':
      return `${from} sends ${to} its history of ${m.hist.length} ${m.hist.length === 1 ? 'update' : 'updates'}`
    case 'VersionQuery':
      return `${from} asks the tail ${to} which version of ${m.key} is committed`
    case 'VersionReply':
      return m.version === null
        ? `${from} cannot answer for ${m.key}: it is not serving as the tail`
        : `${from} says ${m.key} is committed at update ${m.version}`
    default:
      return null
  }
}
