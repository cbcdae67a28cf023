/** Raft's lessons, in teaching order. */

import { leaderElectionLesson } from './leader-election'
import { logReplicationLesson } from './log-replication'
import { splitBrainLesson } from './split-brain'
import { figure8Lesson } from './figure-8'
import type { BuiltInLesson } from '../../../lesson/types'

export const RAFT_LESSONS: readonly BuiltInLesson[] = [
  leaderElectionLesson,
  logReplicationLesson,
  splitBrainLesson,
  figure8Lesson,
]
