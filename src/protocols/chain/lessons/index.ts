/** Chain replication's lessons, in teaching order. */

import type { BuiltInLesson } from '../../../lesson/types'

export const CHAIN_LESSONS: readonly BuiltInLesson[] = []
