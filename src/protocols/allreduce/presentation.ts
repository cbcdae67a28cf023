/** All-reduce in the shared views: legend, message shapes, inspector, gallery, variants. */

import { REDUCE_GALLERY, REDUCE_VARIANT_GALLERY } from './gallery'
import { inspectCrashedReduce, inspectReduce } from './inspect'
import { REDUCE_INVARIANT_NOTES } from './invariant-notes'
import { REDUCE_VARIANTS } from './variants'
import { REDUCE_LESSONS } from './lessons'
import { reduceMachine } from './machine'
import { gallerySections } from '../gallery-sections'
import type { ProtocolPresentation } from '../presentation'
import type { Checkpoint } from './types'

export const allreducePresentation: ProtocolPresentation = {
  name: 'allreduce',
  blurb: 'Summing gradients for data-parallel training: ring, parameter server or tree',
  legend: {
    roles: ['worker', 'server'],
    messages: [
      {
        label: 'Partial sum (reduce-scatter, up) / ack',
        request: 'ReduceChunk',
        reply: 'ChunkAck',
      },
      { label: 'Total (all-gather, down)', request: 'GatherChunk' },
      {
        label: 'Rejoin after a restart / a model handed over',
        request: 'Rejoin',
        reply: 'ModelHandover',
      },
      { label: 'Poll: where are you?', request: 'StepPoll' },
    ],
  },
  glyphs: {
    ReduceChunk: 'envelope',
    ChunkAck: 'envelope-reply',
    GatherChunk: 'hexagon',
    Rejoin: 'diamond',
    ModelHandover: 'diamond-reply',
    StepPoll: 'dot',
  },
  machine: reduceMachine,
  inspect: (_id, state) => inspectReduce(state as { value: unknown; context: unknown }),
  inspectCrashed: (_id, durable) => inspectCrashedReduce(durable as Checkpoint | null),
  gallery: gallerySections('All-reduce', REDUCE_GALLERY, REDUCE_VARIANT_GALLERY),
  lessons: REDUCE_LESSONS,
  variants: REDUCE_VARIANTS,
  invariantNotes: REDUCE_INVARIANT_NOTES,
}
