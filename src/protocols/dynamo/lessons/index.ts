/** Dynamo's lessons, in teaching order. */

import type { BuiltInLesson } from '../../../lesson/types'

export const DYNAMO_LESSONS: readonly BuiltInLesson[] = []
