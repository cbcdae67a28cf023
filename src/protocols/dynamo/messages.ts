/** How the views name Dynamo's messages, and what each says in words. */

import { formatClock } from './vector-clock'
import type { Payload } from '../../sim/protocol'
import type { DynamoMessage, Versions } from './types'

export const DYNAMO_MESSAGE_KINDS = [
  'Read',
  'ReadReply',
  'Write',
  'WriteAck',
  'Handoff',
  'HandoffAck',
  'Sync',
  'ClientRequest',
  'ClientReply',
] as const

export type DynamoMessageKind = (typeof DYNAMO_MESSAGE_KINDS)[number]

/** Both halves of an anti-entropy exchange are one kind, drawn alike. */
export function dynamoMessageKind(msg: Payload): DynamoMessageKind {
  return msg.type === 'SyncTree' || msg.type === 'SyncKeys'
    ? 'Sync'
    : (msg.type as DynamoMessageKind)
}

/** `1 [n1:2]`, or siblings `1 [n1:2] | 2 [n3:1]`. */
export function versionsText(versions: Versions): string {
  if (versions.length === 0) return 'nothing'
  return versions.map((v) => `${v.value} ${formatClock(v.clock)}`).join(' | ')
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

export function describeDynamoMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as unknown as DynamoMessage
  switch (m.type) {
    case 'Read':
      return `${from} asks ${to} for ${m.key}`
    case 'ReadReply':
      return `${from} tells ${to} it holds ${m.key} = ${versionsText(m.versions)}`
    case 'Write':
      if (m.hintFor !== null) {
        return `${from} asks ${to} to keep ${m.key} = ${versionsText(m.versions)} for ${m.hintFor}`
      }
      return m.id < 0
        ? `${from} repairs ${to}: ${m.key} = ${versionsText(m.versions)}`
        : `${from} asks ${to} to store ${m.key} = ${versionsText(m.versions)}`
    case 'WriteAck':
      return `${from} stored ${m.key}`
    case 'Handoff':
      return `${from} hands ${to} ${plural(m.entries.length, 'key')}`
    case 'HandoffAck':
      return `${from} took ${plural(m.keys.length, 'key')}`
    case 'SyncTree':
      return `${from} sends ${to} its Merkle tree of the keys they share`
    case 'SyncKeys':
      return `${from} sends ${to} ${plural(m.entries.length, 'key')} from ${plural(m.buckets.length, 'bucket')} whose hashes differ`
    default:
      return null
  }
}
