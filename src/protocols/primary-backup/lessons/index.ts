/** Primary-backup's lessons, in teaching order. */

import type { BuiltInLesson } from '../../../lesson/types'

export const PB_LESSONS: readonly BuiltInLesson[] = []
