/** MapReduce's gallery, in teaching order. */

import { noReexecute } from './no-reexecute'
import { cleanJob, crashAfterMap, crashMidMap, straggler, stragglerNoBackup } from './stories'
import type { Preset } from '../../../scenario/preset'

export const MAPREDUCE_GALLERY: readonly Preset[] = [
  cleanJob,
  crashMidMap,
  crashAfterMap,
  straggler,
  stragglerNoBackup,
]

/** One scenario per broken variant (variants.ts), opening where its failure shows. */
export const MAPREDUCE_VARIANT_GALLERY: readonly Preset[] = [noReexecute]
