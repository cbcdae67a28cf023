/** Dynamo's lessons, in teaching order. */

import { quorumsLesson } from './quorums'
import type { BuiltInLesson } from '../../../lesson/types'

export const DYNAMO_LESSONS: readonly BuiltInLesson[] = [quorumsLesson]
