/** Raft in the shared views: legend, message shapes, inspector, gallery, variants. */

import { RAFT_GALLERY, RAFT_VARIANT_GALLERY } from './gallery'
import { RAFT_LESSONS } from './lessons'
import { inspectCrashedRaft, inspectRaft } from './inspect'
import { RAFT_INVARIANT_NOTES } from './invariant-notes'
import { RAFT_VARIANTS } from './variants'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'
import type { MachineContext } from './machine'
import { raftMachine } from './machine'

interface Snapshot {
  readonly value: unknown
  readonly context: MachineContext
}

export const raftPresentation: ProtocolPresentation = {
  name: 'raft',
  machine: raftMachine,
  blurb: 'Leader election and a replicated log (Ongaro & Ousterhout, 2014)',
  legend: {
    roles: ['leader', 'follower', 'candidate'],
    messages: [
      { label: 'RequestVote', request: 'RequestVote', reply: 'RequestVoteReply' },
      { label: 'AppendEntries', request: 'AppendEntries', reply: 'AppendEntriesReply' },
      { label: 'Heartbeat', request: 'Heartbeat' },
    ],
  },
  glyphs: {
    RequestVote: 'diamond',
    RequestVoteReply: 'diamond-reply',
    AppendEntries: 'envelope',
    AppendEntriesReply: 'envelope-reply',
    Heartbeat: 'dot',
  },
  inspect: (_id, state) => {
    const s = state as Snapshot
    return inspectRaft(s.context, String(s.value))
  },
  inspectCrashed: (id, durable) => inspectCrashedRaft(id, durable as Durable | null),
  lessons: RAFT_LESSONS,
  gallery: gallerySections('Raft', RAFT_GALLERY, RAFT_VARIANT_GALLERY),
  variants: RAFT_VARIANTS,
  invariantNotes: RAFT_INVARIANT_NOTES,
}
