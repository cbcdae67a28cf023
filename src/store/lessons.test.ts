import { describe, expect, it } from 'vitest'
import { createAppStore } from './app-store'
import {
  answerQuestion,
  atLessonStep,
  backToLesson,
  closeLesson,
  nextStep,
  onLessonRun,
  openLesson,
  previousStep,
} from './lessons'
import { addressFragment } from './link'
import { TEST_LESSON } from '../lesson/test-lesson'
import { DEFAULT_SCENARIO } from '../app/default-scenario'

const SOURCE = { kind: 'built-in', id: 'test-lesson' } as const

function opened(step = 0) {
  const store = createAppStore({ scenario: DEFAULT_SCENARIO })
  expect(openLesson(store, TEST_LESSON, SOURCE, step)).toBe(true)
  return store
}

/** Runs the playback loop (16 ms frames) until it stops. */
function playOut(store: ReturnType<typeof opened>) {
  for (let i = 0; i < 10_000 && store.getState().playing; i++) store.getState().advance(16)
}

describe('following a lesson', () => {
  it('opens as a new run at its step, the run before kept as a branch', () => {
    const store = opened(1)
    const s = store.getState()
    expect(s.branches).toHaveLength(2)
    expect(s.branches.at(-1)!.label).toBe('Run 2: Lesson: Test lesson')
    expect(s.scenario).toBe(TEST_LESSON.scenario)
    expect(s.cursor).toBe(206)
    expect(s.lesson).toMatchObject({ step: 1, times: [0, 206, 700] })
    expect(atLessonStep(s)).toBe(true)
    expect(addressFragment(s)).toBe('lesson=test-lesson&step=2')
  })

  it('plays forward to the next step and stops exactly there; steps back at once', () => {
    const store = opened(0)
    nextStep(store)
    expect(store.getState()).toMatchObject({ playing: true, lesson: { step: 1 } })
    expect(atLessonStep(store.getState())).toBe(false)
    playOut(store)
    expect(store.getState()).toMatchObject({ playing: false, cursor: 206, playTo: null })
    expect(atLessonStep(store.getState())).toBe(true)
    previousStep(store)
    expect(store.getState()).toMatchObject({ playing: false, cursor: 0, lesson: { step: 0 } })
    previousStep(store)
    expect(store.getState().lesson!.step).toBe(0)
  })

  it('keeps to the first and last steps, and a pause stops the play to a step', () => {
    const store = opened(2)
    nextStep(store)
    expect(store.getState()).toMatchObject({ cursor: 700, lesson: { step: 2 } })
    previousStep(store)
    previousStep(store)
    nextStep(store)
    store.getState().pause()
    expect(store.getState().playTo).toBeNull()
  })

  it('branches off on an intervention, and Back to the lesson returns to the step', () => {
    const store = opened(1)
    store.getState().act({ type: 'crash', node: 'n2' })
    expect(onLessonRun(store.getState())).toBe(false)
    expect(store.getState().branches).toHaveLength(3)
    expect(addressFragment(store.getState())).toMatch(/^s=/)
    backToLesson(store)
    const s = store.getState()
    expect(onLessonRun(s)).toBe(true)
    expect(s.cursor).toBe(206)
    expect(s.branches).toHaveLength(3)
  })

  it('remembers the answer picked at each step, and closes', () => {
    const store = opened(1)
    answerQuestion(store, 1)
    expect(store.getState().lesson!.answers).toEqual([null, 1, null])
    closeLesson(store)
    expect(store.getState().lesson).toBeNull()
    expect(addressFragment(store.getState())).toMatch(/^s=/)
  })

  it('refuses a lesson whose event never comes, with a notice, and keeps the run', () => {
    const store = createAppStore({ scenario: DEFAULT_SCENARIO })
    const never = { ...TEST_LESSON, steps: [{ until: { violation: 'Log Matching' }, text: 'x' }] }
    expect(openLesson(store, never, SOURCE)).toBe(false)
    expect(store.getState().branches).toHaveLength(1)
    expect(store.getState().notice).toBe(
      'The lesson "Test lesson" could not be opened: steps[0].until: no Log Matching violation is reported within 120 s from the start.',
    )
  })
})
