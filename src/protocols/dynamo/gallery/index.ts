/** Dynamo's gallery, in teaching order: quorums working, then what they do not promise. */

import { hintedHandoff } from './hinted-handoff'
import { nodeJoins } from './join'
import { lwwClockSkew } from './lww-clock-skew'
import { noReadRepair } from './no-read-repair'
import { quorumReads } from './quorum-reads'
import { siblings } from './siblings'
import { abdLinearizable, lwwStale, sloppyStale, weakQuorum } from './stale-reads'
import type { Preset } from '../../../scenario/preset'

export const DYNAMO_GALLERY: readonly Preset[] = [
  quorumReads,
  hintedHandoff,
  siblings,
  weakQuorum,
  sloppyStale,
  lwwStale,
  abdLinearizable,
  nodeJoins,
]

/** One scenario per broken variant (variants.ts), each opening where its failure shows. */
export const DYNAMO_VARIANT_GALLERY: readonly Preset[] = [noReadRepair, lwwClockSkew]
