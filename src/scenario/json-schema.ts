/**
 * The JSON Schema of the scenario format, generated from its zod schemas for editors: with
 * `"$schema": "https://host/path/scenario.schema.json"` at the top of a scenario file, an
 * editor completes field names, input types and parameters and shows their help. Written to
 * public/ by `npm run schema`; the app itself never loads this module.
 */

import { z } from 'zod/mini'
import type { ProtocolSpec } from '../sim/protocol'
import { scenarioSchema } from './schema'
import { withMeta } from './schema-fields'

export const SCENARIO_SCHEMA_FILE = 'scenario.schema.json'

/** Any registered protocol's scenario, told apart by `protocol`. */
export function anyScenarioSchema(specs: readonly ProtocolSpec[]) {
  const [first, ...rest] = specs.map((spec) => scenarioSchema(spec))
  if (first === undefined) throw new Error('no protocol to write a scenario schema for')
  return withMeta(z.discriminatedUnion('protocol', [first, ...rest]), {
    title: 'Clusterscope scenario',
    description:
      'A Clusterscope scenario, format version 1: protocol, nodes, seed, params and inputs fully determine a run.',
  })
}

/** A JSON Schema document for `schema`, every part written out where it is used. */
export function toJsonSchema(schema: z.ZodMiniType, id: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })
  const { $schema, ...rest } = json
  return { $schema, $id: id, ...rest }
}

export function scenarioJsonSchema(specs: readonly ProtocolSpec[]): Record<string, unknown> {
  return toJsonSchema(anyScenarioSchema(specs), SCENARIO_SCHEMA_FILE)
}
