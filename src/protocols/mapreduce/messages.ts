/** How the views name MapReduce messages, and what each says in words. */

import { taskName } from './describe'
import type { Payload } from '../../sim/protocol'
import type { MapReduceMessage } from './types'

export const MAPREDUCE_MESSAGE_KINDS = [
  'Assign',
  'Ping',
  'Pong',
  'Done',
  'Fetch',
  'FetchReply',
  'ClientRequest',
  'ClientReply',
] as const

export const mapReduceMessageKind = (msg: Payload): string => msg.type

const names = (keys: readonly { key: string }[]) =>
  keys.length === 0 ? 'nothing' : keys.map((k) => taskName(k.key)).join(', ')

export function describeMapReduceMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as unknown as MapReduceMessage
  switch (m.type) {
    case 'Assign':
      return `${from} gives ${to} ${taskName(m.assignment.key)}`
    case 'Ping':
      return `${from} pings ${to}, which should be running ${names(m.assigned)}`
    case 'Pong':
      return m.finished.length === 0
        ? `${from} answers the ping`
        : `${from} answers the ping: finished ${names(m.finished)}`
    case 'Done':
      return `${from} finished ${taskName(m.finished.key)}`
    case 'Fetch':
      return `${from} fetches partition ${m.reduce} of map ${m.map} from ${to}`
    case 'FetchReply':
      return m.words === null
        ? `${from} holds no output of map ${m.map}`
        : `${from} sends partition ${m.reduce} of map ${m.map}: ${m.words.length} pairs`
    default:
      return null
  }
}
