/** Primary-backup's lessons, in teaching order. */

import { pbLesson } from './primary-backup-basics'
import type { BuiltInLesson } from '../../../lesson/types'

export const PB_LESSONS: readonly BuiltInLesson[] = [pbLesson]
