/** Primary-backup in the shared views: legend, message shapes, inspector, gallery, variants. */

import { PB_GALLERY, PB_VARIANT_GALLERY } from './gallery'
import { PB_LESSONS } from './lessons'
import { inspectCrashedPb, inspectPb } from './inspect'
import { PB_INVARIANT_NOTES } from './invariant-notes'
import { PB_VARIANTS } from './variants'
import { pbMachine, type MachineContext } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'

interface Snapshot {
  readonly value: unknown
  readonly context: MachineContext
}

/** `service`, or `server.primary`: the machine's state as a dotted path. */
export function statePath(value: unknown): string {
  if (typeof value === 'string') return value
  const [key, inner] = Object.entries(value as Record<string, unknown>)[0]!
  return `${key}.${statePath(inner)}`
}

export const pbPresentation: ProtocolPresentation = {
  name: 'primary-backup',
  machine: pbMachine,
  blurb: 'A primary copies each request to its backup; a view service picks them (MIT 6.824)',
  legend: {
    roles: ['primary', 'backup', 'idle', 'view service'],
    messages: [
      { label: 'Ping / view', request: 'Ping', reply: 'ViewReply' },
      { label: 'Forward', request: 'ForwardOp', reply: 'ForwardOpReply' },
      { label: 'State transfer', request: 'StateTransfer', reply: 'StateTransferReply' },
    ],
  },
  glyphs: {
    Ping: 'diamond',
    ViewReply: 'diamond-reply',
    ForwardOp: 'envelope',
    ForwardOpReply: 'envelope-reply',
    StateTransfer: 'hexagon',
    StateTransferReply: 'hexagon-reply',
  },
  inspect: (_id, state) => {
    const s = state as Snapshot
    return inspectPb(s.context, statePath(s.value))
  },
  inspectCrashed: (_id, durable) => inspectCrashedPb(durable as Durable | null),
  lessons: PB_LESSONS,
  gallery: gallerySections('Primary-backup', PB_GALLERY, PB_VARIANT_GALLERY),
  variants: PB_VARIANTS,
  invariantNotes: PB_INVARIANT_NOTES,
}
