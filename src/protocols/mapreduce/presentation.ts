/** MapReduce in the shared views: legend, message shapes, inspector, gallery, variants. */

import { MAPREDUCE_GALLERY, MAPREDUCE_VARIANT_GALLERY } from './gallery'
import { inspectCrashedMapReduce, inspectMapReduce } from './inspect'
import { MAPREDUCE_INVARIANT_NOTES } from './invariant-notes'
import { MAPREDUCE_LESSONS } from './lessons'
import { MAPREDUCE_VARIANTS } from './variants'
import { mapReduceMachine } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Durable } from './types'

export const mapReducePresentation: ProtocolPresentation = {
  name: 'mapreduce',
  blurb:
    'A word count as map and reduce tasks, surviving failed and slow workers (Dean & Ghemawat, 2004)',
  legend: {
    roles: ['master', 'worker'],
    messages: [
      { label: 'Ping / pong (with finished tasks)', request: 'Ping', reply: 'Pong' },
      { label: 'Assign a task / task done', request: 'Assign', reply: 'Done' },
      { label: 'Fetch a partition (shuffle)', request: 'Fetch', reply: 'FetchReply' },
    ],
  },
  glyphs: {
    Ping: 'diamond',
    Pong: 'diamond-reply',
    Assign: 'envelope',
    Done: 'envelope-reply',
    Fetch: 'hexagon',
    FetchReply: 'hexagon-reply',
  },
  machine: mapReduceMachine,
  inspect: (id, state) => inspectMapReduce(id, state as { value: unknown; context: unknown }),
  inspectCrashed: (id, durable) => inspectCrashedMapReduce(id, durable as Durable | null),
  gallery: gallerySections('MapReduce', MAPREDUCE_GALLERY, MAPREDUCE_VARIANT_GALLERY),
  lessons: MAPREDUCE_LESSONS,
  variants: MAPREDUCE_VARIANTS,
  invariantNotes: MAPREDUCE_INVARIANT_NOTES,
}
