/** Chain replication in the shared views: legend, message shapes, inspector, gallery, variants. */

import { CHAIN_GALLERY, CHAIN_VARIANT_GALLERY } from './gallery'
import { CHAIN_LESSONS } from './lessons'
import { inspectChain, inspectCrashedChain } from './inspect'
import { CHAIN_INVARIANT_NOTES } from './invariant-notes'
import { CHAIN_VARIANTS } from './variants'
import { chainMachine } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'

export const chainPresentation: ProtocolPresentation = {
  name: 'chain',
  machine: chainMachine,
  blurb: 'Writes down a chain of servers, reads at its tail (van Renesse & Schneider, 2004)',
  legend: {
    roles: ['head', 'middle', 'tail', 'idle', 'master'],
    messages: [
      { label: 'Forward / ack', request: 'Forward', reply: 'Ack' },
      { label: 'Configuration', request: 'Config' },
      { label: 'Heartbeat', request: 'Heartbeat' },
      { label: 'Report / state transfer', request: 'Report', reply: 'Transfer' },
      { label: 'CRAQ version query and answer', request: 'VersionQuery' },
    ],
  },
  glyphs: {
    Forward: 'envelope',
    Ack: 'envelope-reply',
    // A heartbeat is a small dot in every protocol.
    Heartbeat: 'dot',
    Config: 'hexagon',
    Report: 'diamond',
    Transfer: 'diamond-reply',
    VersionQuery: 'hexagon-reply',
  },
  inspect: (id, state) => inspectChain(id, state as { value: unknown; context: unknown }),
  inspectCrashed: (id, durable) => inspectCrashedChain(id, durable as Durable | null),
  lessons: CHAIN_LESSONS,
  gallery: gallerySections('Chain replication', CHAIN_GALLERY, CHAIN_VARIANT_GALLERY),
  variants: CHAIN_VARIANTS,
  invariantNotes: CHAIN_INVARIANT_NOTES,
}
