/**
 * The JSON Schema of the lesson format, generated from its zod schemas for editors (see
 * src/scenario/json-schema.ts). Written for every protocol at once, so a step may name any
 * protocol's roles and any node id; the app checks those against the lesson's own run.
 */

import { z } from 'zod/mini'
import type { ProtocolSpec } from '../sim/protocol'
import { withMeta } from '../scenario/schema-fields'
import { anyScenarioSchema, toJsonSchema } from '../scenario/json-schema'
import { lessonHeaderSchemas, stepsSchema } from './schema'

export const LESSON_SCHEMA_FILE = 'lesson.schema.json'

export function lessonJsonSchema(specs: readonly ProtocolSpec[]): Record<string, unknown> {
  const roles = [...new Set(specs.flatMap((spec) => Object.keys(spec.roles)))]
  const lesson = z.extend(lessonHeaderSchemas[1], {
    scenario: withMeta(anyScenarioSchema(specs), {
      title: 'Scenario',
      description: 'The run the lesson narrates: a scenario, as in scenario.schema.json',
    }),
    steps: stepsSchema({ protocol: 'any protocol', roles }),
  })
  const described = withMeta(lesson, {
    title: 'Clusterscope lesson',
    description:
      'A Clusterscope lesson, format version 1: a scenario and the steps that narrate its run.',
  })
  return toJsonSchema(described, LESSON_SCHEMA_FILE)
}
