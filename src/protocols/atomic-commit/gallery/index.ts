/** The atomic-commit gallery, in teaching order: 2PC working and blocking, then 3PC. */

import {
  abort,
  blocking,
  commit,
  cooperative,
  presumeCommit,
  threePhaseCrash,
  threePhasePartition,
  volatileDecision,
} from './stories'
import type { Preset } from '../../../scenario/preset'

export const TWO_PHASE_GALLERY: readonly Preset[] = [commit, abort, blocking, cooperative]

/** One scenario per broken variant (variants.ts), each opening where its failure shows. */
export const TWO_PHASE_VARIANT_GALLERY: readonly Preset[] = [presumeCommit, volatileDecision]

export const THREE_PHASE_GALLERY: readonly Preset[] = [threePhaseCrash, threePhasePartition]
