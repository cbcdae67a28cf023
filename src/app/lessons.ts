/** The lessons the app comes with: every protocol's, each protocol's in teaching order. */

import { presentationLookup } from '../protocols/presentations'
import type { BuiltInLesson, Lesson } from '../lesson/types'

export const LESSONS: readonly BuiltInLesson[] = [...presentationLookup.values()].flatMap(
  (p) => p.lessons,
)

export function builtInLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id)?.lesson
}
