/** Raft's lessons, in teaching order. */

import { leaderElectionLesson } from './leader-election'
import type { BuiltInLesson } from '../../../lesson/types'

export const RAFT_LESSONS: readonly BuiltInLesson[] = [leaderElectionLesson]
