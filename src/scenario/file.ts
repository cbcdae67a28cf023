/**
 * Scenario files: what Export writes and Import reads. A file is untrusted like a link:
 * bounded, parsed as data only, migrated and validated, and every problem is one line that
 * names the file and what is wrong with it.
 */

import { loadScenario } from './migrate'
import type { SpecLookup } from './validate'
import type { Scenario } from './types'

export const MAX_FILE_BYTES = 1024 * 1024

export type FileResult = { ok: true; scenario: Scenario } | { ok: false; error: string }

/** The file Export writes: the scenario as DESIGN.md defines it, readable by the CLI too. */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`
}

/** A name for the exported file that says what the run is. */
export function scenarioFileName(scenario: Scenario): string {
  const variant = scenario.variant === undefined ? '' : `-${scenario.variant}`
  return `clusterscope-${scenario.protocol}${variant}-${scenario.nodes}n-seed${scenario.seed}.json`
}

/** File text → a validated scenario, or a one-line message naming the problem. Never throws. */
export function readScenarioText(text: string, name: string, specLookup: SpecLookup): FileResult {
  const json = readJsonText(text, name)
  if (!json.ok) return json
  const loaded = loadScenario(json.value, specLookup)
  return loaded.ok
    ? { ok: true, scenario: loaded.scenario }
    : { ok: false, error: `${name}: ${loaded.error}` }
}

/** A file's text as parsed JSON, bounded, or a one-line message naming the file. Never throws. */
export function readJsonText(
  text: string,
  name: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  const fail = (problem: string) => ({ ok: false as const, error: `${name}: ${problem}` })
  if (typeof text !== 'string') return fail('is not text')
  if (text.length > MAX_FILE_BYTES) return fail(`is larger than ${MAX_FILE_BYTES / 1024} KB`)
  if (text.trim() === '') return fail('is empty')
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return fail(`is not valid JSON (${jsonProblem(text, error)})`)
  }
}

/** Engines word JSON errors differently; when one gives a position, say line and column. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0]! : 'unreadable'
  const at = /position (\d+)/.exec(message)
  if (at === null) return message.slice(0, 160)
  const before = text.slice(0, Number(at[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '').slice(0, 120)}, line ${line} column ${column}`
}
