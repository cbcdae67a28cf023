/** Two- and three-phase commit in the shared views: legend, message shapes, inspector, gallery. */

import { THREE_PHASE_GALLERY, TWO_PHASE_GALLERY, TWO_PHASE_VARIANT_GALLERY } from './gallery'
import { inspectCommit, inspectCrashedCommit } from './inspect'
import { COMMIT_INVARIANT_NOTES } from './invariant-notes'
import { COMMIT_VARIANTS } from './variants'
import { commitMachine } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'

const legendRoles = [
  'coordinator',
  'participant',
  'participant, prepared',
  'participant, precommitted',
  'participant, committed',
  'participant, aborted',
  'participant, blocked',
]

const shared = {
  machine: commitMachine,
  glyphs: {
    VoteRequest: 'envelope',
    Vote: 'envelope-reply',
    PreCommit: 'diamond',
    PreAck: 'diamond-reply',
    Outcome: 'hexagon',
    OutcomeAck: 'hexagon-reply',
    State: 'dot',
  },
  inspect: (id: string, state: unknown) =>
    inspectCommit(id, state as { value: unknown; context: unknown }),
  inspectCrashed: (id: string, durable: unknown) =>
    inspectCrashedCommit(id, durable as Durable | null),
  lessons: [],
  invariantNotes: COMMIT_INVARIANT_NOTES,
} as const

export const twoPhasePresentation: ProtocolPresentation = {
  ...shared,
  name: '2pc',
  blurb: 'All participants commit or none; a yes vote waits for the coordinator (Gray, 1978)',
  legend: {
    roles: legendRoles.filter((r) => r !== 'participant, precommitted'),
    messages: [
      { label: 'Prepare (vote request) / vote', request: 'VoteRequest', reply: 'Vote' },
      { label: 'Outcome / ack', request: 'Outcome', reply: 'OutcomeAck' },
      { label: 'What became of it? (and the answer)', request: 'State' },
    ],
  },
  gallery: gallerySections('Two-phase commit', TWO_PHASE_GALLERY, TWO_PHASE_VARIANT_GALLERY),
  variants: COMMIT_VARIANTS,
}

export const threePhasePresentation: ProtocolPresentation = {
  ...shared,
  name: '3pc',
  blurb:
    'A pre-commit round so participants can decide alone; unsafe under partitions (Skeen, 1981)',
  legend: {
    roles: legendRoles,
    messages: [
      { label: 'Prepare (vote request) / vote', request: 'VoteRequest', reply: 'Vote' },
      { label: 'Pre-commit / ack', request: 'PreCommit', reply: 'PreAck' },
      { label: 'Outcome / ack', request: 'Outcome', reply: 'OutcomeAck' },
      { label: 'What became of it? (and the answer)', request: 'State' },
    ],
  },
  gallery: [{ title: 'Three-phase commit', presets: THREE_PHASE_GALLERY }],
  variants: [],
}
