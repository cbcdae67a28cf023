/** How the views name Raft's messages: a heartbeat is an AppendEntries that carries nothing. */

import type { Payload } from '../../sim/protocol'
import type { RaftMessage } from './types'

export const RAFT_MESSAGE_KINDS = [
  'RequestVote',
  'RequestVoteReply',
  'AppendEntries',
  'Heartbeat',
  'AppendEntriesReply',
  'ClientRequest',
  'ClientReply',
] as const

export type RaftMessageKind = (typeof RAFT_MESSAGE_KINDS)[number]

export function raftMessageKind(msg: Payload): RaftMessageKind {
  if (msg.type === 'AppendEntries') {
    const entries = (msg as { entries?: readonly unknown[] }).entries
    return entries === undefined || entries.length === 0 ? 'Heartbeat' : 'AppendEntries'
  }
  return msg.type as RaftMessageKind
}

/** A Raft message in words, for the event log; a heartbeat says nothing more than its kind. */
export function describeRaftMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as unknown as RaftMessage
  switch (m.type) {
    case 'RequestVote':
      return `${from} asks ${to} for its vote in term ${m.term}`
    case 'RequestVoteReply':
      return m.voteGranted
        ? `${from} granted its vote to ${to}`
        : `${from} refused its vote to ${to}`
    case 'AppendEntries':
      if (m.entries.length === 0) return null
      return `${from} sends ${to} ${m.entries.length === 1 ? 'entry' : 'entries'} ${m.prevLogIndex + 1}${m.entries.length === 1 ? '' : `–${m.prevLogIndex + m.entries.length}`}`
    case 'AppendEntriesReply':
      return m.success
        ? `${from} matches ${to}'s log up to index ${m.matchIndex}`
        : `${from} refused: its log does not match ${to}'s`
    default:
      return null
  }
}
