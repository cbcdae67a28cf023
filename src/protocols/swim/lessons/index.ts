/** SWIM's lessons, in teaching order. */

import { failureDetectionLesson } from './failure-detection'
import type { BuiltInLesson } from '../../../lesson/types'

export const SWIM_LESSONS: readonly BuiltInLesson[] = [failureDetectionLesson]
