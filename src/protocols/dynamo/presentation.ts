/** Dynamo in the shared views: legend, message shapes, inspector, gallery, variants. */

import { DYNAMO_GALLERY, DYNAMO_VARIANT_GALLERY } from './gallery'
import { DYNAMO_LESSONS } from './lessons'
import { inspectCrashedDynamo, inspectDynamo } from './inspect'
import { DYNAMO_INVARIANT_NOTES } from './invariant-notes'
import { DYNAMO_VARIANTS } from './variants'
import { dynamoMachine } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'

export const dynamoPresentation: ProtocolPresentation = {
  name: 'dynamo',
  machine: dynamoMachine,
  blurb: 'Keys on a consistent-hash ring, read and written by quorums (DeCandia et al., 2007)',
  legend: {
    roles: ['replica', 'coordinator'],
    messages: [
      { label: 'Read / reply', request: 'Read', reply: 'ReadReply' },
      { label: 'Write / ack', request: 'Write', reply: 'WriteAck' },
      { label: 'Handoff (hints, moved keys)', request: 'Handoff', reply: 'HandoffAck' },
      { label: 'Anti-entropy (Merkle trees)', request: 'Sync' },
    ],
  },
  glyphs: {
    Read: 'diamond',
    ReadReply: 'diamond-reply',
    Write: 'envelope',
    WriteAck: 'envelope-reply',
    Handoff: 'hexagon',
    HandoffAck: 'hexagon-reply',
    Sync: 'dot',
  },
  inspect: (id, state) => inspectDynamo(id, state as { value: unknown; context: unknown }),
  inspectCrashed: (id, durable) => inspectCrashedDynamo(id, durable as Durable | null),
  lessons: DYNAMO_LESSONS,
  gallery: gallerySections('Dynamo', DYNAMO_GALLERY, DYNAMO_VARIANT_GALLERY),
  variants: DYNAMO_VARIANTS,
  invariantNotes: DYNAMO_INVARIANT_NOTES,
}
