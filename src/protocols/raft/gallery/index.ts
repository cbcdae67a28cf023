/** Raft's gallery, in teaching order: from a plain election to Figure 8 of the paper. */

import { catchUp } from './catch-up'
import { figure8 } from './figure-8'
import { flappingPartition } from './flapping-partition'
import { leaderCrash } from './leader-crash'
import { leaderElection } from './leader-election'
import { logRepair } from './log-repair'
import { lossyNetwork } from './lossy-network'
import { splitBrain } from './split-brain'
import { splitVote } from './split-vote'
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
