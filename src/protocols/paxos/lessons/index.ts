/** Multi-Paxos's lessons, in teaching order. */

import { paxosLesson } from './paxos-basics'
import type { BuiltInLesson } from '../../../lesson/types'

export const PAXOS_LESSONS: readonly BuiltInLesson[] = [paxosLesson]
