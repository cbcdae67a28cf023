/** Reads a scenario from a JSON file or from a share link. */

import { existsSync, readFileSync, statSync } from 'node:fs'
import { decodeLink } from '../scenario/codec'
import { MAX_FILE_BYTES, readScenarioText } from '../scenario/file'
import { specLookup } from '../protocols/registry'
import { UsageError } from './usage-error'
import type { Scenario } from '../scenario/types'

function looksLikeLink(arg: string): boolean {
  return arg.includes('#') || arg.startsWith('s=')
}

/** A file's text, or a usage error naming the file and what is wrong with it. */
export function readTextFile(path: string, maxBytes: number): string {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`)
  const stat = statSync(path)
  if (!stat.isFile()) throw new UsageError(`${path}: not a file`)
  if (stat.size > maxBytes) {
    throw new UsageError(`${path}: larger than ${maxBytes / 1024 / 1024} MB`)
  }
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${(error as Error).message})`)
  }
}

/** The same reading as the app's Import: one size limit, one set of messages. */
export function readScenarioFile(path: string): Scenario {
  const read = readScenarioText(readTextFile(path, MAX_FILE_BYTES), path, specLookup)
  if (!read.ok) throw new UsageError(read.error)
  return read.scenario
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
