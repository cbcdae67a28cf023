/**
 * Recorded histories with known verdicts: Porcupine's test data (MIT), byte-identical
 * copies in fixtures/histories/ with the README that describes them. HISTORY_FIXTURES
 * points elsewhere.
 */

import { join } from 'node:path'

export const HISTORY_FIXTURES_DIR =
  process.env.HISTORY_FIXTURES ?? join(import.meta.dirname, '../../fixtures/histories')

/** Each fixture with its format and the verdict its README gives. */
export const HISTORY_FIXTURES = [
  { file: 'etcd_000.log', format: 'jepsen-log', model: 'register', linearizable: false },
  { file: 'etcd_002.log', format: 'jepsen-log', model: 'register', linearizable: true },
  { file: 'c01-ok.txt', format: 'edn', model: 'kv', linearizable: true },
  { file: 'c01-bad.txt', format: 'edn', model: 'kv', linearizable: false },
] as const

export function historyFixturePath(file: string): string {
  return join(HISTORY_FIXTURES_DIR, file)
}
