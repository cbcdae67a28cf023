/** All-reduce's lessons, in teaching order. */

import { ringLesson } from './ring'
import type { BuiltInLesson } from '../../../lesson/types'

export const REDUCE_LESSONS: readonly BuiltInLesson[] = [ringLesson]
