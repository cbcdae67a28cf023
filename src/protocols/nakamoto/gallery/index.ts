/** Nakamoto's gallery, in teaching order. */

import { bigMiner, confirmed, forkResolved, partitioned, restarted, slowNetwork } from './stories'
import { selfish } from './selfish'
import type { Preset } from '../../../scenario/preset'

export const NAKAMOTO_GALLERY: readonly Preset[] = [
  forkResolved,
  partitioned,
  bigMiner,
  slowNetwork,
  restarted,
  confirmed,
]

/** One scenario per broken variant (variants.ts), opening where its effect shows. */
export const NAKAMOTO_VARIANT_GALLERY: readonly Preset[] = [selfish]
