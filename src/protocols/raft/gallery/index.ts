/** Raft's gallery, in teaching order: from a plain election to Figure 8 of the paper. */

import { catchUp } from './catch-up'
import { commitOldTerms } from './commit-old-terms'
import { figure8 } from './figure-8'
import { flappingPartition } from './flapping-partition'
import { leaderCrash } from './leader-crash'
import { leaderElection } from './leader-election'
import { logRepair } from './log-repair'
import { lossyNetwork } from './lossy-network'
import { noTruncate } from './no-truncate'
import { noUpToDateCheck } from './no-up-to-date-check'
import { splitBrain } from './split-brain'
import { splitVote } from './split-vote'
import { staleRead } from './stale-read'
import { volatileVote } from './volatile-vote'
import { voteTwice } from './vote-twice'
import type { Preset } from '../../../scenario/preset'

export const RAFT_GALLERY: readonly Preset[] = [
  leaderElection,
  leaderCrash,
  splitVote,
  splitBrain,
  logRepair,
  lossyNetwork,
  flappingPartition,
  catchUp,
  figure8,
]

/** One scenario per broken variant (variants.ts), each opening where its failure shows. */
export const RAFT_VARIANT_GALLERY: readonly Preset[] = [
  voteTwice,
  noUpToDateCheck,
  commitOldTerms,
  volatileVote,
  noTruncate,
  staleRead,
]
