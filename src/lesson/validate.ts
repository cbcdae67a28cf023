/**
 * Lesson validation: a lesson file or link is untrusted like a scenario. It is read as
 * data only, and the first problem is reported in one line that names its field
 * (`steps[2].question.answer: …`); the lesson's scenario goes through the scenario
 * validator, its fields named under `scenario.`.
 */

import { loadScenario } from '../scenario/migrate'
import { parse, type SpecLookup } from '../scenario/validate'
import { FieldError, fail, field, isRecord } from '../scenario/validate-fields'
import type { Scenario } from '../scenario/types'
import { lessonHeaderSchemas, stepsSchema } from './schema'
import { LESSON_VERSION, type Lesson } from './types'

export { MAX_STEPS } from './schema'

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; error: string }

/** Raw JSON → a lesson, or a one-line message naming the problem. Never throws. */
export function parseLesson(raw: unknown, specLookup: SpecLookup): LessonResult {
  try {
    return { ok: true, lesson: readLesson(raw, specLookup) }
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message }
    return { ok: false, error: 'lesson: could not be read' }
  }
}

/** The header, then the scenario, then the steps, which may only name what the run has. */
function readLesson(raw: unknown, specLookup: SpecLookup): Lesson {
  if (!isRecord(raw)) fail(['lesson'], 'must be a JSON object with version, title, scenario, steps')
  const [version, fields] = lessonHeaderSchemas
  parse(version, raw)
  const { title, summary = '' } = parse(fields, raw)
  const scenario = readScenario(field(raw, 'scenario'), specLookup)
  const spec = specLookup(scenario.protocol)!
  const context = { protocol: spec.name, roles: Object.keys(spec.roles), nodes: scenario.nodes }
  const steps = parse(stepsSchema(context), field(raw, 'steps'), ['steps'])
  return { version: LESSON_VERSION, title, summary, scenario, steps }
}

function readScenario(value: unknown, specLookup: SpecLookup): Scenario {
  if (value === undefined) fail(['scenario'], 'required, the scenario the lesson runs')
  const loaded = loadScenario(value, specLookup)
  if (loaded.ok) return loaded.scenario
  // The scenario's own messages name its fields from its top (`inputs[3].node`).
  const error = loaded.error.startsWith('scenario') ? loaded.error : `scenario.${loaded.error}`
  throw new FieldError(error)
}
