/** Chain replication's lessons, in teaching order. */

import { chainLesson } from './chain-basics'
import type { BuiltInLesson } from '../../../lesson/types'

export const CHAIN_LESSONS: readonly BuiltInLesson[] = [chainLesson]
