/** Multi-Paxos in the shared views: legend, message shapes, inspector, gallery, variants. */

import { PAXOS_GALLERY, PAXOS_VARIANT_GALLERY } from './gallery'
import { PAXOS_LESSONS } from './lessons'
import { inspectCrashedPaxos, inspectPaxos } from './inspect'
import { PAXOS_INVARIANT_NOTES } from './invariant-notes'
import { PAXOS_VARIANTS } from './variants'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'
import type { MachineContext } from './machine'
import { paxosMachine } from './machine'
import { t } from '../../i18n/translate'

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
  // Getters, so the gallery reads its headings in the language of the moment.
  gallery: [
    { title: 'Multi-Paxos', presets: PAXOS_GALLERY },
    {
      get title() {
        return t('gallery.brokenTitle', { protocol: 'Multi-Paxos' })
      },
      get note() {
        return t('gallery.brokenNote', { protocol: 'Multi-Paxos' })
      },
      presets: PAXOS_VARIANT_GALLERY,
    },
  ],
  variants: PAXOS_VARIANTS,
  invariantNotes: PAXOS_INVARIANT_NOTES,
}
