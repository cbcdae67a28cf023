/**
 * Following a lesson: it opens as a new run (the run before stays a branch), each step
 * moves the cursor of that run, forward by playing and back by seeking, so a step always
 * shows the same moment. An intervention branches off as usual; the lesson's run is then
 * found again by its scenario, which no branch shares (scenarios are never mutated).
 */

import { Timeline } from '../timeline/timeline'
import { protocolLookup } from '../protocols/registry'
import { resolveStepTimes } from '../lesson/resolve'
import type { AppState, AppStore } from './app-store'
import type { Lesson } from '../lesson/types'
import type { LessonSource } from '../lesson/link'
import type { OpenLesson } from './lesson-state'
// `t` is a time in this file, so the catalogue's lookup goes by `say`.
import { t as say } from '../i18n/translate'

/** A step forward plays at least this fast (virtual ms per real ms)... */
const MIN_STEP_SPEED = 0.1
/** ...and takes about this long in real time, however far apart the steps are. */
const STEP_PLAY_MS = 2500

/** The lesson with its steps timed, or why they cannot be (an event that never comes). */
export function timeLesson(
  lesson: Lesson,
  source: LessonSource,
  step = 0,
): { ok: true; open: OpenLesson } | { ok: false; error: string } {
  const timeline = new Timeline(lesson.scenario, protocolLookup.get(lesson.scenario.protocol)!)
  const resolved = resolveStepTimes(lesson, timeline)
  if (!resolved.ok) {
    return {
      ok: false,
      error: `the lesson "${lesson.title}" could not be opened: ${resolved.error}`,
    }
  }
  const at = Math.min(Math.max(0, step), lesson.steps.length - 1)
  const answers = lesson.steps.map(() => null)
  return { ok: true, open: { lesson, source, times: resolved.times, step: at, answers } }
}

export const lessonLabel = (lesson: Lesson) => say('branch.lesson', { title: lesson.title })

/** Opens `lesson` at `step` as a new run; false (and a notice) when its steps cannot be timed. */
export function openLesson(
  store: AppStore,
  lesson: Lesson,
  source: LessonSource,
  step = 0,
): boolean {
  const timed = timeLesson(lesson, source, step)
  const s = store.getState()
  if (!timed.ok) {
    s.notify(`${timed.error[0]!.toUpperCase()}${timed.error.slice(1)}.`)
    return false
  }
  s.newRun(lesson.scenario, lessonLabel(lesson), timed.open.times[timed.open.step])
  store.getState().setLesson(timed.open)
  s.dismissNotice()
  return true
}

/** Whether the open run is the lesson's own (not a branch the reader made). */
export function onLessonRun(s: Pick<AppState, 'lesson' | 'scenario'>): boolean {
  return s.lesson !== null && s.scenario === s.lesson.lesson.scenario
}

/** Whether the app shows exactly the lesson's current step (its run, at its moment). */
export function atLessonStep(s: Pick<AppState, 'lesson' | 'scenario' | 'cursor'>): boolean {
  return onLessonRun(s) && s.cursor === s.lesson!.times[s.lesson!.step]
}

/** Back to the lesson's run, at the current step's moment. */
export function backToLesson(store: AppStore): void {
  const s = store.getState()
  if (s.lesson === null) return
  showStep(store, s.lesson.step, false)
}

/** To step `index`: played from the step before it, else shown at once. */
export function goToStep(store: AppStore, index: number): void {
  const s = store.getState()
  if (s.lesson === null || index < 0 || index >= s.lesson.times.length) return
  const from = s.lesson.step
  s.setLesson({ ...s.lesson, step: index })
  showStep(store, index, index === from + 1)
}

export const nextStep = (store: AppStore) =>
  goToStep(store, (store.getState().lesson?.step ?? -2) + 1)
export const previousStep = (store: AppStore) =>
  goToStep(store, (store.getState().lesson?.step ?? 0) - 1)

export function answerQuestion(store: AppStore, choice: number): void {
  const s = store.getState()
  if (s.lesson === null) return
  const answers = s.lesson.answers.slice()
  answers[s.lesson.step] = choice
  s.setLesson({ ...s.lesson, answers })
}

export function closeLesson(store: AppStore): void {
  store.getState().setLesson(null)
}

function showStep(store: AppStore, index: number, play: boolean): void {
  const s = store.getState()
  const lesson = s.lesson!
  const t = lesson.times[index]!
  if (!onLessonRun(s)) {
    const branch = s.branches.find((b) => b.scenario === lesson.lesson.scenario)
    if (branch === undefined) {
      // The lesson's run was changed in place (an input after everything it had seen):
      // open it afresh.
      s.newRun(lesson.lesson.scenario, lessonLabel(lesson.lesson), t)
      store.getState().setLesson(lesson)
      return
    }
    s.switchBranch(branch.id)
    store.getState().jumpTo(t)
    return
  }
  const cursor = s.cursor
  if (play && t > cursor) {
    s.playUntil(t, Math.max(MIN_STEP_SPEED, (t - cursor) / STEP_PLAY_MS))
  } else s.jumpTo(t)
}
