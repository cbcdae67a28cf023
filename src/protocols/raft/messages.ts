/** How the views name Raft's messages: a heartbeat is an AppendEntries that carries nothing. */

import type { Payload } from '../../sim/protocol'

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
