/** MapReduce's lessons, in teaching order. */

import { reexecutionLesson } from './reexecution'
import type { BuiltInLesson } from '../../../lesson/types'

export const MAPREDUCE_LESSONS: readonly BuiltInLesson[] = [reexecutionLesson]
