/**
 * Reading a ShiViz log (https://bestchai.bitbucket.io/shiviz/): events found by a regular
 * expression with the named groups `host`, `clock` and `event`, each with a vector clock
 * written as a JSON object host → counter. Errors are returned, never thrown, and name the
 * line and what was expected there.
 */

import {
  checkConsistency,
  entryOf,
  orderByHost,
  parseClock,
  type Clock,
  type RawEvent,
} from './shiviz-clocks'
import { inferMessages, type ShivizMessage } from './shiviz-messages'
import { atLine, compilePattern, scanMatches } from './pattern'
import { t } from '../i18n/translate'

export type { ShivizMessage } from './shiviz-messages'

/** ShiViz's default: a line of event text, then a line `host {clock}`. */
export const SHIVIZ_DEFAULT_PATTERN = String.raw`(?<event>.*)\n(?<host>\S*) (?<clock>{.*})`

/** GoVector's logs put the `host {clock}` line first. */
export const GOVECTOR_PATTERN = String.raw`(?<host>\S*) (?<clock>{.*})\n(?<event>.*)`

export const MAX_LOG_CHARS = 5 * 1024 * 1024

export interface ShivizEvent {
  readonly host: string
  readonly text: string
  /** Line where the event's match starts, from 1. */
  readonly line: number
  readonly clock: Clock
  /** Its own clock entry: its place on its host, from 1. */
  readonly time: number
  /** The pattern's other named groups (a date, a level, …). */
  readonly fields: Readonly<Record<string, string>>
}

export interface ShivizLog {
  /** In order of first appearance in the log. */
  readonly hosts: readonly string[]
  /** In log order. */
  readonly events: readonly ShivizEvent[]
  /** Each host's events (indexes into `events`) in order of their own clock entry. */
  readonly byHost: ReadonlyMap<string, readonly number[]>
  readonly messages: readonly ShivizMessage[]
}

export type ShivizResult = { ok: true; log: ShivizLog } | { ok: false; error: string }

const GROUPS = ['host', 'clock', 'event'] as const

export function parseShiviz(text: string, pattern: string = SHIVIZ_DEFAULT_PATTERN): ShivizResult {
  if (text.length > MAX_LOG_CHARS) {
    return {
      ok: false,
      error: t('importTrace.error.logTooLarge', { chars: text.length, max: MAX_LOG_CHARS }),
    }
  }
  if (text.trim() === '') return { ok: false, error: t('importTrace.error.logEmpty') }
  const compiled = compilePattern(pattern, GROUPS)
  if (!compiled.ok) return compiled
  // Logs written on Windows end lines with \r\n, which `.` and `\n` in a pattern miss.
  const scan = scanMatches(text.replace(/\r\n?/g, '\n'), compiled.regex)
  if (!scan.ok) return scan

  const events: (ShivizEvent & RawEvent)[] = []
  const hosts: string[] = []
  const seen = new Set<string>()
  for (const m of scan.matches) {
    const { host, clock: clockText, event: eventText, ...fields } = m.groups
    if (host === undefined || host === '') {
      const line = m.groupLines.host ?? m.line
      return { ok: false, error: atLine(line, t('importTrace.error.hostEmpty')) }
    }
    const clockLine = m.groupLines.clock ?? m.line
    const clock = parseClock(clockText ?? '', host, clockLine)
    if (!clock.ok) return clock
    if (!seen.has(host)) hosts.push(host)
    seen.add(host)
    const own = entryOf(clock.value, host)
    events.push({
      host,
      text: eventText ?? '',
      line: m.line,
      clock: clock.value,
      time: own,
      fields,
      clockLine,
    })
  }
  const byHost = orderByHost(events, hosts)
  if (!byHost.ok) return byHost
  const inconsistent = checkConsistency(events, byHost.value)
  if (inconsistent !== null) return { ok: false, error: inconsistent }
  const messages = inferMessages(events, byHost.value)
  const plain = events.map(({ clockLine: _, ...e }) => e)
  return { ok: true, log: { hosts, events: plain, byHost: byHost.value, messages } }
}

/** Whether event a happens before event b (indexes into the log's events). */
export function shivizHappensBefore(log: ShivizLog, a: number, b: number): boolean {
  const x = log.events[a]!
  return a !== b && entryOf(log.events[b]!.clock, x.host) >= x.time
}
