import { describe, expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod/mini'
import { fixtureLookup, RAFT_FIXTURE } from '../test/spec-fixture'
import { rawLesson } from '../lesson/test-lesson'
import { parseLesson } from '../lesson/validate'
import { specLookup } from '../protocols/registry'
import { scenarioSchema } from './schema'
import { scenarioFileText } from './file'
import { loadScenario } from './migrate'
import type { Input, Scenario } from './types'
import { parseScenario } from './validate'

type Json = Record<string, any>

const base = (): Json => ({
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 1,
  params: {},
  inputs: [{ at: 0, type: 'crash', node: 'n1' }],
})

const until = (value: unknown) => {
  const result = parseLesson(
    rawLesson((r) => (r.steps[1].until = value)),
    specLookup,
  )
  return result.ok ? 'ok' : result.error
}

const errorOf = (raw: unknown) => {
  const result = parseScenario(raw, fixtureLookup)
  return result.ok ? 'ok' : result.error
}

describe('"$schema", an extension of version 1', () => {
  test('is accepted at the top level and left out of the scenario', () => {
    const raw = { $schema: 'https://host/path/scenario.schema.json', ...base() }
    const result = loadScenario(raw, fixtureLookup)
    expect(result).toEqual({ ok: true, scenario: base() })
    expect(result.ok && Object.keys(result.scenario)).not.toContain('$schema')
    expect(result.ok && scenarioFileText(result.scenario)).not.toContain('$schema')
  })

  test('must be a string, and is not listed among the fields a scenario has', () => {
    expect(errorOf({ ...base(), $schema: 5 })).toBe(
      "$schema: must be a string, the URL or path of the scenario format's JSON Schema",
    )
    expect(errorOf({ ...base(), schema: 'x' })).toBe(
      'schema: unknown field (known: version, protocol, variant, nodes, seed, params, inputs)',
    )
  })

  test('is accepted in a lesson file too', () => {
    const lesson = rawLesson((r) => (r.$schema = './lesson.schema.json'))
    const result = parseLesson(lesson, specLookup)
    expect(result.ok && Object.keys(result.lesson)).toEqual([
      'version',
      'title',
      'summary',
      'scenario',
      'steps',
    ])
  })
})

describe('with several problems, the first one is reported', () => {
  test.each([
    [
      'an unknown field before a bad value of the same object',
      (s: Json) => (s.inputs = [{ at: -1, type: 'crash', node: 'n1', extra: 1 }]),
      'inputs[0].extra: unknown field for a "crash" input (known: at, type, node)',
    ],
    [
      'an earlier input before a later one',
      (s: Json) =>
        (s.inputs = [
          { at: 0, type: 'crash', node: 'n1' },
          { at: 1, type: 'crash', node: 'n7' },
          { at: 2, type: 'explode' },
        ]),
      'inputs[1].node: no node "n7" in a 5-node cluster',
    ],
    [
      'the list before its items',
      (s: Json) => (s.inputs = Array.from({ length: 10_001 }, () => ({ at: -1 }))),
      'inputs: 10001 inputs is too many (at most 10000)',
    ],
    [
      'a field of the header before the rest',
      (s: Json) => Object.assign(s, { version: 2, nodes: 0 }),
      'version: 2 is not supported (this build reads version 1)',
    ],
    [
      'the cluster size before the node ids it decides',
      (s: Json) => (s.nodes = 0),
      'nodes: must be an integer from 1 to 25',
    ],
    [
      'a range as a whole, not its low end',
      (s: Json) => (s.params.latencyMs = ['10', 30]),
      'params.latencyMs: must be a range [low, high] of numbers with 0 <= low <= high <= 60000',
    ],
  ])('%s', (_, change, error) => {
    const raw = base()
    change(raw)
    expect(errorOf(raw)).toBe(error)
  })

  test("a lesson's answer is named with its choices, whatever is wrong with it", () => {
    for (const answer of ['0', -1, 0.5, 5]) {
      const lesson = rawLesson((r) => (r.steps[1].question.answer = answer))
      expect(parseLesson(lesson, specLookup)).toEqual({
        ok: false,
        error: 'steps[1].question.answer: must be the index of a choice, from 0 to 1',
      })
    }
  })

  test("a lesson's until names the event its first key stands for", () => {
    expect(until({ role: 'leader', violation: 'x' })).toBe(
      'steps[1].until.violation: unknown field for a role event (known: role, node)',
    )
    expect(until({ violation: 'x', op: 1 })).toBe(
      'steps[1].until.op: unknown field for a violation event (known: violation)',
    )
    expect(until({ reply: 'ok', op: 0 })).toBe(
      'steps[1].until.op: must be an integer from 1 to 100000',
    )
    expect(until('leader')).toBe('steps[1].until: must be an object such as {"role": "leader"}')
  })
})

describe('the schema and the types agree', () => {
  test('what the schema reads is a Scenario', () => {
    type Read = Omit<z.output<ReturnType<typeof scenarioSchema>>, '$schema'>
    // Compiles only while every scenario the schema reads is a Scenario, input by input.
    const asScenario = (read: Read): Scenario => read
    const asInput = (read: Read['inputs'][number]): Input => read
    expectTypeOf(asScenario).returns.toEqualTypeOf<Scenario>()
    expectTypeOf(asInput).returns.toEqualTypeOf<Input>()
    const schema = scenarioSchema(RAFT_FIXTURE, 5)
    expect(schema.safeParse(base()).success).toBe(true)
  })
})
