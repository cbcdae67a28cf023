/**
 * Checking a ShiViz log's vector clocks: each a JSON object host → counter, each host's
 * own entry counting its events 1, 2, 3, …, and every clock consistent with the ones it
 * claims to know, so that happens-before read from them is a partial order.
 */

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
    return { ok: false, error: `line ${line}: the clock is not valid JSON (${shown(text)})` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      error: `line ${line}: the clock is not a JSON object of host → counter (${shown(text)})`,
    }
  }
  for (const [name, value] of Object.entries(parsed)) {
    if (!Number.isSafeInteger(value) || (value as number) < 1) {
      return {
        ok: false,
        error: `line ${line}: the clock's entry for "${name}" is not a whole number from 1 up (${shown(JSON.stringify(value) ?? String(value))})`,
      }
    }
  }
  if (!Object.hasOwn(parsed, host)) {
    return { ok: false, error: `line ${line}: the clock has no entry for its own host "${host}"` }
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
      const error =
        k === 0
          ? `line ${e.clockLine}: host "${host}" starts its clock at ${own} (a host's first event has 1)`
          : `line ${e.clockLine}: host "${host}" goes from ${k} to ${own} (its own entry must increase by one per event)`
      return { ok: false, error }
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
      const at = `line ${e.clockLine}:`
      for (const [other, time] of Object.entries(previous)) {
        const now = entryOf(e.clock, other)
        if (now < time) {
          return `${at} the clock of "${host}" goes back for "${other}" (from ${time} to ${now})`
        }
      }
      for (const [other, time] of Object.entries(e.clock)) {
        const count = byHost.get(other)?.length
        if (count === undefined)
          return `${at} the clock names host "${other}", which logs no events`
        if (time > count) {
          return `${at} the clock has "${other}" at ${time}, but "${other}" logs only ${count} events`
        }
        if (other === host || time === entryOf(previous, other)) continue
        const known = events[byHost.get(other)![time - 1]!]!.clock
        for (const [k, v] of Object.entries(known)) {
          if (k === host && v >= entryOf(e.clock, host)) {
            return `${at} the clock has "${other}" at ${time}, which already knew this event of "${host}" (the clocks form a cycle)`
          }
          if (k !== host && v > entryOf(e.clock, k)) {
            return `${at} the clock has "${other}" at ${time} but not what "${other}" knew then ("${k}" at ${v})`
          }
        }
      }
      previous = e.clock
    }
  }
  return null
}
