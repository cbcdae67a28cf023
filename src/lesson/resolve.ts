/**
 * A lesson's step times: a step at a time is at that time; a step `until` an event is at
 * the first such event after the step before it (plus its `afterMs`), found by running
 * the lesson's own scenario. The run is deterministic, so the times are the same
 * wherever the lesson opens.
 */

import { formatPath } from '../scenario/validate-fields'
import type { TraceEntry } from '../sim/trace'
import type { Timeline } from '../timeline/timeline'
import type { Lesson, Until } from './types'

/** How far past the step before an event is looked for. */
export const SEARCH_MS = 120_000
/** The run is simulated this far at a time while searching. */
const CHUNK_MS = 1000

export type StepTimes = { ok: true; times: number[] } | { ok: false; error: string }

export function resolveStepTimes(lesson: Lesson, timeline: Timeline): StepTimes {
  const times: number[] = []
  let previous = -Infinity
  for (const [i, step] of lesson.steps.entries()) {
    let t: number
    if (step.until === undefined) t = step.at!
    else {
      const found = findEvent(timeline, step.until, previous)
      if (found === null) {
        const after = i === 0 ? 'from the start' : 'after the step before'
        const error = `${formatPath(['steps', i, 'until'])}: ${missing(step.until)} within ${SEARCH_MS / 1000} s ${after}`
        return { ok: false, error }
      }
      t = found + (step.afterMs ?? 0)
    }
    times.push(t)
    previous = t
  }
  return { ok: true, times }
}

/** The time of the first entry matching `until` strictly after `after`, or null. */
function findEvent(timeline: Timeline, until: Until, after: number): number | null {
  const limit = Math.max(0, after) + SEARCH_MS
  const match = matcher(until)
  let scanned = 0
  for (let horizon = Math.max(0, after) + CHUNK_MS; ; horizon += CHUNK_MS) {
    timeline.extendTo(Math.min(horizon, limit))
    const trace = timeline.trace
    for (; scanned < trace.length; scanned++) {
      const e = trace.at(scanned)!
      if (e.t > limit) return null
      if (match(e) && e.t > after) return e.t
    }
    if (horizon >= limit) return null
  }
}

/** A predicate over the trace in order; it keeps what it needs (each node's last role). */
function matcher(until: Until): (e: TraceEntry) => boolean {
  if ('role' in until) {
    const roles = new Map<string, string>()
    return (e) => {
      if (e.kind !== 'state') return false
      const was = roles.get(e.node)
      roles.set(e.node, e.role)
      return e.role === until.role && was !== e.role && (until.node ?? e.node) === e.node
    }
  }
  if ('violation' in until) {
    return (e) => e.kind === 'violation' && e.invariant === until.violation
  }
  return (e) =>
    e.kind === 'return' &&
    (until.reply === 'any' || e.outcome === until.reply) &&
    (until.op === undefined || e.op === until.op - 1)
}

/** What did not happen, as a sentence's start: "no node takes the role "leader"". */
function missing(until: Until): string {
  if ('role' in until) {
    const who = until.node === undefined ? 'no node takes' : `${until.node} does not take`
    return `${who} the role "${until.role}"`
  }
  if ('violation' in until) return `no ${until.violation} violation is reported`
  const which =
    until.op === undefined
      ? 'no client operation returns'
      : `client operation ${until.op} does not return`
  return `${which}${until.reply === 'any' ? '' : ` ${until.reply}`}`
}
