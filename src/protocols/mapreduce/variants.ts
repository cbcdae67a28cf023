/** MapReduce with one rule taken out: a deliberately broken version for teaching and for the checkers. */

import type { VariantInfo } from '../presentation'

export const MAPREDUCE_VARIANT_IDS = ['no-reexecute'] as const

export type MapReduceVariant = (typeof MAPREDUCE_VARIANT_IDS)[number]

export const MAPREDUCE_VARIANTS: readonly (VariantInfo & { readonly id: MapReduceVariant })[] = [
  {
    id: 'no-reexecute',
    title: 'A failed worker’s completed map tasks are not run again',
    explanation:
      'A map task writes its output to the local disk of the worker that ran it, so when the ' +
      'master finds a worker failed it must run that worker’s completed map tasks again, not ' +
      'just the ones in progress: their files are gone with the machine. Here the master ' +
      'treats a completed map task as done for good, as it rightly does for a completed ' +
      'reduce task, whose output is in the global file system. The reduce tasks then wait ' +
      'for a partition no live worker holds, and the job never finishes. The Lost Map Output ' +
      'Re-executed check reports the moment the master learns of the failure and still ' +
      'counts a map task done on the failed worker.',
  },
]

export const mapReduceVariant = (v: string | undefined): MapReduceVariant | null =>
  (MAPREDUCE_VARIANT_IDS as readonly string[]).includes(v ?? '') ? (v as MapReduceVariant) : null
