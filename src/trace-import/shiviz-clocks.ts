/**
 * Checking a ShiViz log's vector clocks: each a JSON object host → counter, each host's
 * own entry counting its events 1, 2, 3, …, and every clock consistent with the ones it
 * claims to know, so that happens-before read from them is a partial order.
 */

import { t } from '../i18n/translate'
import { atLine } from './pattern'

export type Clock = Readonly<Record<string, number>>

/** An event as read from the log, before the log as a whole is checked. */
export interface RawEvent {
  readonly host: string
  readonly clock: Clock
  /** Line of the clock, for errors. */
  readonly clockLine: number
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string }

const SHOWN_CHARS = 80

/** A clock's entry for `host`, 0 if it has none (own entries only: a host may be "toString"). */
export function entryOf(clock: Clock, host: string): number {
  return Object.hasOwn(clock, host) ? clock[host]! : 0
}

/** Shows the user's text in an error, cut short. */
export function shown(text: string): string {
  const flat = text.trim()
  return flat.length > SHOWN_CHARS ? `${flat.slice(0, SHOWN_CHARS)}…` : flat
}

export function parseClock(text: string, host: string, line: number): Checked<Clock> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {
      ok: false,
      error: atLine(line, t('importTrace.error.clockNotJson', { text: shown(text) })),
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      error: atLine(line, t('importTrace.error.clockNotObject', { text: shown(text) })),
    }
  }
  for (const [name, value] of Object.entries(parsed)) {
    if (!Number.isSafeInteger(value) || (value as number) < 1) {
      return {
        ok: false,
        error: atLine(
          line,
          t('importTrace.error.clockEntry', {
            name,
            text: shown(JSON.stringify(value) ?? String(value)),
          }),
        ),
      }
    }
  }
  if (!Object.hasOwn(parsed, host)) {
    return { ok: false, error: atLine(line, t('importTrace.error.clockNoOwn', { host })) }
  }
  return { ok: true, value: parsed as Clock }
}

/**
 * Each host's events in order of their own clock entry, which must run 1, 2, 3, … (ShiViz
 * orders a host's events by it, not by where they stand in the log).
 */
export function orderByHost(
  events: readonly RawEvent[],
  hosts: readonly string[],
): Checked<Map<string, number[]>> {
  const byHost = new Map<string, number[]>(hosts.map((h) => [h, []]))
  events.forEach((e, i) => byHost.get(e.host)!.push(i))
  for (const [host, list] of byHost) {
    list.sort((a, b) => entryOf(events[a]!.clock, host) - entryOf(events[b]!.clock, host) || a - b)
    for (let k = 0; k < list.length; k++) {
      const e = events[list[k]!]!
      const own = entryOf(e.clock, host)
      if (own === k + 1) continue
      const problem =
        k === 0
          ? t('importTrace.error.clockStart', { host, own })
          : t('importTrace.error.clockSkip', { host, from: k, own })
      return { ok: false, error: atLine(e.clockLine, problem) }
    }
  }
  return { ok: true, value: byHost }
}

/**
 * Every clock names only hosts that log events, no further than they log; it never
 * forgets what the host's previous event knew; and it knows everything that the events
 * it knows of knew, short of knowing itself. Only what a clock learned since the host's
 * previous event needs the last check: the rest was checked with that event.
 */
export function checkConsistency(
  events: readonly RawEvent[],
  byHost: ReadonlyMap<string, readonly number[]>,
): string | null {
  for (const [host, list] of byHost) {
    let previous: Clock = {}
    for (const i of list) {
      const e = events[i]!
      const at = (problem: string) => atLine(e.clockLine, problem)
      for (const [other, time] of Object.entries(previous)) {
        const now = entryOf(e.clock, other)
        if (now < time) {
          return at(t('importTrace.error.clockBack', { host, other, from: time, to: now }))
        }
      }
      for (const [other, time] of Object.entries(e.clock)) {
        const count = byHost.get(other)?.length
        if (count === undefined) return at(t('importTrace.error.clockUnknownHost', { other }))
        if (time > count) {
          return at(t('importTrace.error.clockTooFar', { other, time, count }))
        }
        if (other === host || time === entryOf(previous, other)) continue
        const known = events[byHost.get(other)![time - 1]!]!.clock
        for (const [k, v] of Object.entries(known)) {
          if (k === host && v >= entryOf(e.clock, host)) {
            return at(t('importTrace.error.clockCycle', { other, time, host }))
          }
          if (k !== host && v > entryOf(e.clock, k)) {
            return at(t('importTrace.error.clockForgot', { other, time, k, v }))
          }
        }
      }
      previous = e.clock
    }
  }
  return null
}
