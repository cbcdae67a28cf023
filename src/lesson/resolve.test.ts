import { describe, expect, it } from 'vitest'
import { resolveStepTimes } from './resolve'
import { stepMismatches } from './check'
import { TEST_LESSON } from './test-lesson'
import { Timeline } from '../timeline/timeline'
import { protocolLookup } from '../protocols/registry'
import type { Lesson, LessonStep } from './types'

const timeline = (lesson: Lesson) =>
  new Timeline(lesson.scenario, protocolLookup.get(lesson.scenario.protocol)!)
const withSteps = (...steps: LessonStep[]): Lesson => ({ ...TEST_LESSON, steps })

describe('resolveStepTimes', () => {
  it('puts an `until` step at the first such event after the step before', () => {
    // Seed 8: n1 is candidate at 173 ms and leader at 206 ms; it crashes at 600 ms, and n3
    // leads term 2 from 792 ms.
    const lesson = withSteps(
      { at: 0, text: 'a' },
      { until: { role: 'leader' }, text: 'b' },
      { until: { role: 'leader' }, text: 'c' },
      { until: { role: 'candidate', node: 'n1' }, afterMs: 5, text: 'd' },
    )
    expect(resolveStepTimes(lesson, timeline(lesson))).toEqual({
      ok: false,
      error: expect.stringMatching(/^steps\[3\]\.until: n1 does not take the role "candidate"/),
    })
    const ok = withSteps(...lesson.steps.slice(0, 3))
    expect(resolveStepTimes(ok, timeline(ok))).toEqual({ ok: true, times: [0, 206, 792] })
    const after = withSteps({ until: { role: 'candidate', node: 'n1' }, afterMs: 5, text: 'd' })
    expect(resolveStepTimes(after, timeline(after))).toEqual({ ok: true, times: [178] })
  })

  it('finds client replies and violations, and says when one never comes', () => {
    const lesson: Lesson = {
      ...TEST_LESSON,
      scenario: {
        ...TEST_LESSON.scenario,
        inputs: [{ at: 300, type: 'client', op: 'put', key: 'x', value: '1' }],
      },
      steps: [
        { until: { reply: 'ok', op: 1 }, text: 'done' },
        { until: { violation: 'Election Safety' }, text: 'never' },
      ],
    }
    const r = resolveStepTimes(lesson, timeline(lesson))
    expect(r).toEqual({
      ok: false,
      error:
        'steps[1].until: no Election Safety violation is reported within 120 s after the step before',
    })
    const first = { ...lesson, steps: lesson.steps.slice(0, 1) }
    const times = resolveStepTimes(first, timeline(first))
    expect(times.ok && times.times[0]).toBeGreaterThan(300)
  })
})

describe('stepMismatches', () => {
  it('says where the run differs from what a step expects, and nothing where it agrees', () => {
    const t = timeline(TEST_LESSON)
    expect(stepMismatches(TEST_LESSON.steps[1]!, t, 206)).toEqual([])
    expect(stepMismatches(TEST_LESSON.steps[1]!, t, 100)).toEqual([
      'n1: follower, term 0, where the lesson says "n1: leader, term 1"',
    ])
    const broken = { text: 'x', expect: { violations: ['Election Safety'] } }
    expect(stepMismatches(broken, t, 700)).toEqual([
      'safety properties broken so far: none, where the lesson says Election Safety',
    ])
  })
})
