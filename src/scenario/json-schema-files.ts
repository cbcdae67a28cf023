/**
 * The JSON Schema files the app publishes, as `npm run schema` writes them: formatted as
 * the repository's prettier config wants, so that the format check passes on them too.
 */

import { format, resolveConfig } from 'prettier'
import { lessonJsonSchema, LESSON_SCHEMA_FILE } from '../lesson/json-schema'
import { protocolLookup } from '../protocols/registry'
import { scenarioJsonSchema, SCENARIO_SCHEMA_FILE } from './json-schema'

export const SCHEMA_COMMAND = 'npm run schema'

export interface SchemaFile {
  /** Relative to the repository's root. */
  readonly path: string
  readonly text: string
}

export async function jsonSchemaFiles(): Promise<SchemaFile[]> {
  const specs = [...protocolLookup.values()].map((protocol) => protocol.spec)
  const files = [
    { path: `public/${SCENARIO_SCHEMA_FILE}`, schema: scenarioJsonSchema(specs) },
    { path: `public/${LESSON_SCHEMA_FILE}`, schema: lessonJsonSchema(specs) },
  ]
  return Promise.all(
    files.map(async ({ path, schema }) => {
      const options = { ...(await resolveConfig(path)), filepath: path }
      return { path, text: await format(JSON.stringify(schema), options) }
    }),
  )
}
