import { describe, expect, it } from 'vitest'
import { parseLesson } from './validate'
import { rawLesson, TEST_LESSON } from './test-lesson'
import { specLookup } from '../protocols/registry'

const errorOf = (raw: unknown) => {
  const r = parseLesson(raw, specLookup)
  return r.ok ? 'ok' : r.error
}

describe('parseLesson', () => {
  it('reads a valid lesson exactly', () => {
    expect(parseLesson(rawLesson(), specLookup)).toEqual({ ok: true, lesson: TEST_LESSON })
  })

  it.each([
    [null, 'lesson: must be a JSON object with version, title, scenario, steps'],
    [[], 'lesson: must be a JSON object with version, title, scenario, steps'],
    [rawLesson((r) => delete r.version), 'version: required (this build reads lesson version 1)'],
    [rawLesson((r) => (r.version = 2)), 'version: must be 1 (this build reads lesson version 1)'],
    [
      rawLesson((r) => (r.extra = 1)),
      'extra: unknown field (known: version, title, summary, scenario, steps)',
    ],
    [
      rawLesson((r) => (r.title = '')),
      'title: must be a non-empty string of at most 120 characters',
    ],
    [rawLesson((r) => delete r.scenario), 'scenario: required, the scenario the lesson runs'],
    [
      rawLesson((r) => (r.scenario.inputs[0].node = 'n9')),
      'scenario.inputs[0].node: no node "n9" in a 5-node cluster',
    ],
    [rawLesson((r) => (r.steps = [])), 'steps: must hold from 1 to 100 steps (has 0)'],
    [
      rawLesson((r) => (r.steps[0].until = { role: 'leader' })),
      'steps[0]: needs exactly one of "at" (a time) and "until" (an event)',
    ],
    [
      rawLesson((r) => delete r.steps[2].at),
      'steps[2]: needs exactly one of "at" (a time) and "until" (an event)',
    ],
    [
      rawLesson((r) => (r.steps[1].until = { role: 'leder' })),
      'steps[1].until.role: raft has no role "leder" (roles: leader, follower, candidate)',
    ],
    [
      rawLesson((r) => (r.steps[1].until = { when: 1 })),
      'steps[1].until: must name an event: {"role": …}, {"violation": …} or {"reply": …}',
    ],
    [
      rawLesson((r) => (r.steps[1].until = { reply: 'yes' })),
      'steps[1].until.reply: must be "ok", "timeout" or "any"',
    ],
    [
      rawLesson((r) => (r.steps[0].text = 5)),
      'steps[0].text: must be a non-empty string of at most 4000 characters',
    ],
    [rawLesson((r) => (r.steps[0].at = -1)), 'steps[0].at: must be a number from 0 to 86400000'],
    [
      rawLesson((r) => (r.steps[1].highlight.nodes = ['n6'])),
      'steps[1].highlight.nodes[0]: no node "n6" in a 5-node cluster',
    ],
    [
      rawLesson((r) => (r.steps[1].highlight.messages = [0])),
      'steps[1].highlight.messages[0]: must be an integer from 1 to 10000000',
    ],
    [
      rawLesson((r) => (r.steps[1].question.answer = 2)),
      'steps[1].question.answer: must be the index of a choice, from 0 to 1',
    ],
    [
      rawLesson((r) => (r.steps[1].question.choices = ['only'])),
      'steps[1].question.choices: must hold from 2 to 6 choices (has 1)',
    ],
    [
      rawLesson((r) => (r.steps[0].expect.nodes = { n7: 'leader' })),
      'steps[0].expect.nodes.n7: no node "n7" in a 5-node cluster',
    ],
    [
      rawLesson((r) => (r.steps[0].colour = 'red')),
      'steps[0].colour: unknown field for a step (known: at, until, afterMs, text, highlight, question, expect)',
    ],
  ])('refuses case %#, naming the field', (raw, message) => {
    expect(errorOf(raw)).toBe(message)
  })
})
