/**
 * Every built-in lesson is a valid lesson file, opens, and shows what each step says: the
 * step's expectation (nodes' accessible names, properties broken) holds in the simulated
 * run at the step's moment, and every step states one, so no claim goes untested.
 */

import { describe, expect, it } from 'vitest'
import { LESSONS } from './lessons'
import { initialState } from './initial-state'
import { DEFAULT_SCENARIO } from './default-scenario'
import { createAppStore } from '../store/app-store'
import { nextStep, openLesson, previousStep } from '../store/lessons'
import { parseLesson } from '../lesson/validate'
import { resolveStepTimes } from '../lesson/resolve'
import { stepMismatches } from '../lesson/check'
import { Timeline } from '../timeline/timeline'
import { protocolLookup, specLookup } from '../protocols/registry'

const timelineOf = (l: (typeof LESSONS)[number]) =>
  new Timeline(l.lesson.scenario, protocolLookup.get(l.lesson.scenario.protocol)!)

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, built) => {
  const { lesson } = built
  it('is a valid lesson file of at least 8 steps, each with something to check', () => {
    const parsed = parseLesson(JSON.parse(JSON.stringify(lesson)), specLookup)
    expect(parsed).toEqual({ ok: true, lesson })
    expect(lesson.steps.length).toBeGreaterThanOrEqual(8)
    for (const step of lesson.steps) expect(step.expect).toBeDefined()
  })

  it('shows at every step what the step says', () => {
    const timeline = timelineOf(built)
    const resolved = resolveStepTimes(lesson, timeline)
    if (!resolved.ok) throw new Error(resolved.error)
    const wrong = lesson.steps.flatMap((step, i) =>
      stepMismatches(step, timeline, resolved.times[i]!).map(
        (m) => `step ${i + 1} (${resolved.times[i]} ms): ${m}`,
      ),
    )
    expect(wrong).toEqual([])
  })

  it('highlights only messages sent by its step’s moment (arrows in the diagram)', () => {
    const timeline = timelineOf(built)
    const resolved = resolveStepTimes(lesson, timeline)
    if (!resolved.ok) throw new Error(resolved.error)
    const unsent = lesson.steps.flatMap((step, i) =>
      (step.highlight?.messages ?? [])
        .filter((id) => !((timeline.sendOf(id)?.t ?? Infinity) <= resolved.times[i]!))
        .map((id) => `step ${i + 1}: message ${id}`),
    )
    expect(unsent).toEqual([])
  })
})

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s in the app', (id, built) => {
  it('opens by link at every step, and steps forward and back through all of them', () => {
    const { lesson } = built
    const times = lesson.steps.map((_, i) => {
      const { options } = initialState(`#lesson=${id}&step=${i + 1}`, null)
      expect(options.notice).toBeUndefined()
      expect(options.lesson?.step).toBe(i)
      return options.cursor!
    })
    const store = createAppStore({ scenario: DEFAULT_SCENARIO })
    openLesson(store, lesson, { kind: 'built-in', id })
    for (let i = 1; i < times.length; i++) {
      nextStep(store)
      for (let f = 0; f < 10_000 && store.getState().playing; f++) store.getState().advance(16)
      expect(store.getState()).toMatchObject({ cursor: times[i], lesson: { step: i } })
    }
    for (let i = times.length - 2; i >= 0; i--) {
      previousStep(store)
      expect(store.getState()).toMatchObject({ cursor: times[i], lesson: { step: i } })
    }
  })
})

describe('the built-in lessons', () => {
  it('have distinct kebab-case ids', () => {
    const ids = LESSONS.map((l) => l.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})
