import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { presentationLookup } from '../protocols/presentations'
import { specLookup } from '../protocols/registry'
import { parseLesson } from '../lesson/validate'
import { jsonSchemaFiles, SCHEMA_COMMAND } from './json-schema-files'
import { jsonSchemaProblems } from './json-schema-check'
import { loadScenario } from './migrate'

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown
const SCENARIO_SCHEMA = readJson('public/scenario.schema.json') as Record<string, unknown>
const LESSON_SCHEMA = readJson('public/lesson.schema.json') as Record<string, unknown>

const presentations = [...presentationLookup.values()]
const examples = readdirSync('examples')
  .filter((name) => name.endsWith('.json'))
  .map((name) => [`examples/${name}`, readJson(`examples/${name}`)] as const)
const gallery = presentations.flatMap((p) =>
  p.gallery.flatMap((section) => section.presets.map((preset) => [preset.id, preset.scenario])),
)
const lessons = presentations.flatMap((p) => p.lessons.map((l) => [l.id, l.lesson] as const))

describe('the published JSON Schemas', () => {
  test('are what the zod schemas generate today', async () => {
    for (const { path, text } of await jsonSchemaFiles()) {
      const committed = readFileSync(path, 'utf8')
      expect(committed === text, `${path} is stale: run \`${SCHEMA_COMMAND}\``).toBe(true)
    }
  })

  test('describe their fields for editors', () => {
    const raft = (SCENARIO_SCHEMA['oneOf'] as Record<string, any>[])[0]!
    expect(raft['title']).toBe('Raft scenario')
    expect(raft['properties'].params.properties.heartbeatMs).toMatchObject({
      title: 'Heartbeat (ms)',
      default: 50,
      minimum: 1,
    })
    expect(raft['properties'].variant.enum).toContain('vote-twice')
    expect(raft['properties'].$schema.type).toBe('string')
  })
})

describe('every scenario the app ships', () => {
  test('there are some of each kind', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2)
    expect(gallery.length).toBeGreaterThan(10)
    expect(lessons.length).toBeGreaterThanOrEqual(5)
  })

  test.each(examples)('%s conforms to scenario.schema.json and opens', (_, scenario) => {
    expect(jsonSchemaProblems(SCENARIO_SCHEMA, scenario)).toEqual([])
    expect(loadScenario(scenario, specLookup).ok).toBe(true)
  })

  test.each(gallery)('gallery %s conforms to scenario.schema.json and opens', (_, scenario) => {
    expect(jsonSchemaProblems(SCENARIO_SCHEMA, scenario)).toEqual([])
    expect(loadScenario(scenario, specLookup)).toEqual({ ok: true, scenario })
  })

  test.each(lessons)('lesson %s conforms to lesson.schema.json and opens', (_, lesson) => {
    const json = JSON.parse(JSON.stringify(lesson)) as unknown
    expect(jsonSchemaProblems(LESSON_SCHEMA, json)).toEqual([])
    expect(parseLesson(json, specLookup).ok).toBe(true)
  })

  test('a file that links the schema conforms too', () => {
    const linked = { $schema: './scenario.schema.json', ...(examples[0]![1] as object) }
    expect(jsonSchemaProblems(SCENARIO_SCHEMA, linked)).toEqual([])
  })
})

describe('the JSON Schema refuses what the app refuses', () => {
  const design = examples.find(([path]) => path === 'examples/design.json')![1] as Record<
    string,
    any
  >
  const changed = (change: (s: Record<string, any>) => void) => {
    const copy = structuredClone(design)
    change(copy)
    return copy
  }

  test.each([
    ['an unknown field', (s: Record<string, any>) => (s.colour = 'red')],
    ['an unknown protocol', (s: Record<string, any>) => (s.protocol = 'zab')],
    ['another protocol’s parameter', (s: Record<string, any>) => (s.params.backoffMs = [1, 2])],
    ['a node count out of range', (s: Record<string, any>) => (s.nodes = 26)],
    ['a fractional seed', (s: Record<string, any>) => (s.seed = 1.5)],
    ['a range of three', (s: Record<string, any>) => (s.params.latencyMs = [1, 2, 3])],
    ['an unknown input type', (s: Record<string, any>) => (s.inputs[0].type = 'explode')],
    ['a node id of the wrong form', (s: Record<string, any>) => (s.inputs[0].node = 'N1')],
    ['an unknown client operation', (s: Record<string, any>) => (s.inputs[5].op = 'cas')],
    ['a non-string $schema', (s: Record<string, any>) => (s.$schema = 1)],
  ])('%s', (_, change) => {
    const scenario = changed(change)
    expect(jsonSchemaProblems(SCENARIO_SCHEMA, scenario)).not.toEqual([])
    expect(loadScenario(scenario, specLookup).ok).toBe(false)
  })
})
