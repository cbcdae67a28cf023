/** Nakamoto's lessons, in teaching order. */

import { forksLesson } from './forks'
import type { BuiltInLesson } from '../../../lesson/types'

export const NAKAMOTO_LESSONS: readonly BuiltInLesson[] = [forksLesson]
