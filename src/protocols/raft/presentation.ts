/** Raft in the shared views: legend, message shapes, inspector, gallery, variants. */

import { RAFT_GALLERY, RAFT_VARIANT_GALLERY } from './gallery'
import { RAFT_LESSONS } from './lessons'
import { inspectCrashedRaft, inspectRaft } from './inspect'
import { RAFT_INVARIANT_NOTES } from './invariant-notes'
import { RAFT_VARIANTS } from './variants'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'
import type { MachineContext } from './machine'
import { raftMachine } from './machine'
import { t } from '../../i18n/translate'

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
  // Getters, so the gallery reads its headings in the language of the moment.
  gallery: [
    { title: 'Raft', presets: RAFT_GALLERY },
    {
      get title() {
        return t('gallery.brokenTitle', { protocol: 'Raft' })
      },
      get note() {
        return t('gallery.brokenNote', { protocol: 'Raft' })
      },
      presets: RAFT_VARIANT_GALLERY,
    },
  ],
  variants: RAFT_VARIANTS,
  invariantNotes: RAFT_INVARIANT_NOTES,
}
