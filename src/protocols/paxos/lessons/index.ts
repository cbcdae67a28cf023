/** Multi-Paxos's lessons, in teaching order. */

import type { BuiltInLesson } from '../../../lesson/types'

export const PAXOS_LESSONS: readonly BuiltInLesson[] = []
