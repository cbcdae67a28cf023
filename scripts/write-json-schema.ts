/**
 * Writes the JSON Schemas of the scenario and lesson formats to public/, from which the app
 * serves them at its root (`https://host/path/scenario.schema.json`). Run `npm run schema`
 * after changing a format or a protocol's parameters; a unit test fails while they are stale.
 */

import { writeFileSync } from 'node:fs'
import { jsonSchemaFiles } from '../src/scenario/json-schema-files'

for (const { path, text } of await jsonSchemaFiles()) {
  writeFileSync(path, text)
  console.log(`wrote ${path}`)
}
