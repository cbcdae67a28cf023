/** A lesson as the app follows it: its steps' resolved times and where the reader is. */

import type { LessonSource } from '../lesson/link'
import type { Lesson } from '../lesson/types'

export interface OpenLesson {
  readonly lesson: Lesson
  readonly source: LessonSource
  /** Each step's moment in the lesson's run (virtual ms). */
  readonly times: readonly number[]
  /** From 0. */
  readonly step: number
  /** The choice picked for each step's question, or null while unanswered. */
  readonly answers: readonly (number | null)[]
}
