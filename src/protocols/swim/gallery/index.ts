/** SWIM's and push gossip's gallery, in teaching order. */

import { fanout, rumor, thousandRumor } from './gossip-stories'
import { noSuspicion } from './no-suspicion'
import {
  crashDetected,
  heavyLoss,
  joins,
  lifeguard,
  partitionedDead,
  refuted,
  restarted,
  thousand,
} from './swim-stories'
import type { Preset } from '../../../scenario/preset'

export const SWIM_GALLERY: readonly Preset[] = [
  crashDetected,
  refuted,
  partitionedDead,
  joins,
  restarted,
  heavyLoss,
  lifeguard,
  thousand,
]

/** One scenario per broken variant (variants.ts), opening where its failure shows. */
export const SWIM_VARIANT_GALLERY: readonly Preset[] = [noSuspicion]

export const GOSSIP_GALLERY: readonly Preset[] = [rumor, fanout, thousandRumor]
