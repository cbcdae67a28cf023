/** All-reduce's gallery, in teaching order. */

import { noDedup } from './no-dedup'
import {
  crashStalls,
  elasticRestart,
  ringOfEight,
  ringOfFour,
  serverBottleneck,
  tree,
} from './stories'
import type { Preset } from '../../../scenario/preset'

export const REDUCE_GALLERY: readonly Preset[] = [
  ringOfFour,
  ringOfEight,
  serverBottleneck,
  tree,
  crashStalls,
  elasticRestart,
]

/** One scenario per broken variant (variants.ts), opening where its failure shows. */
export const REDUCE_VARIANT_GALLERY: readonly Preset[] = [noDedup]
