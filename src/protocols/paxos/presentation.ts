/** Multi-Paxos in the shared views: legend, message shapes, inspector, gallery, variants. */

import { PAXOS_GALLERY, PAXOS_VARIANT_GALLERY } from './gallery'
import { PAXOS_LESSONS } from './lessons'
import { inspectCrashedPaxos, inspectPaxos } from './inspect'
import { PAXOS_INVARIANT_NOTES } from './invariant-notes'
import { PAXOS_VARIANTS } from './variants'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'
import type { MachineContext } from './machine'
import { paxosMachine } from './machine'

interface Snapshot {
  readonly value: unknown
  readonly context: MachineContext
}

export const paxosPresentation: ProtocolPresentation = {
  name: 'paxos',
  machine: paxosMachine,
  blurb: 'Consensus slot by slot, with a stable leader (Lamport, 2001)',
  legend: {
    roles: ['leader', 'acceptor', 'candidate'],
    messages: [
      { label: 'Prepare', request: 'Prepare', reply: 'Promise' },
      { label: 'Accept', request: 'Accept', reply: 'Accepted' },
      { label: 'Decide / catch-up', request: 'Decide', reply: 'CatchUp' },
      { label: 'Heartbeat', request: 'Heartbeat' },
    ],
  },
  glyphs: {
    Prepare: 'diamond',
    Promise: 'diamond-reply',
    Accept: 'envelope',
    Accepted: 'envelope-reply',
    Decide: 'hexagon',
    CatchUp: 'hexagon-reply',
    Heartbeat: 'dot',
  },
  inspect: (_id, state) => {
    const s = state as Snapshot
    return inspectPaxos(s.context, String(s.value))
  },
  inspectCrashed: (id, durable) => inspectCrashedPaxos(id, durable as Durable | null),
  lessons: PAXOS_LESSONS,
  gallery: gallerySections('Multi-Paxos', PAXOS_GALLERY, PAXOS_VARIANT_GALLERY),
  variants: PAXOS_VARIANTS,
  invariantNotes: PAXOS_INVARIANT_NOTES,
}
