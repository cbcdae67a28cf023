/** Reads a scenario from a JSON file or from a share link. */

import { existsSync, readFileSync, statSync } from 'node:fs'
import { decodeLink } from '../scenario/codec'
import { loadScenario } from '../scenario/migrate'
import { specLookup } from '../protocols/registry'
import { UsageError } from './usage-error'
import type { Scenario } from '../scenario/types'

const MAX_FILE_BYTES = 10 * 1024 * 1024

function looksLikeLink(arg: string): boolean {
  return arg.includes('#') || arg.startsWith('s=')
}

export function readScenarioFile(path: string): Scenario {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`)
  if (statSync(path).size > MAX_FILE_BYTES) {
    throw new UsageError(`${path}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`)
  }
  const loaded = loadScenario(raw, specLookup)
  if (!loaded.ok) throw new UsageError(`${path}: ${loaded.error}`)
  return loaded.scenario
}

/** A file path, or a link (a full URL, `#s=…` or `s=…`). */
export function readScenarioArg(arg: string): { scenario: Scenario; t?: number } {
  if (!existsSync(arg) && looksLikeLink(arg)) {
    const link = decodeLink(arg, specLookup)
    if (!link.ok) throw new UsageError(link.error)
    return { scenario: link.scenario, ...(link.t === undefined ? {} : { t: link.t }) }
  }
  return { scenario: readScenarioFile(arg) }
}
