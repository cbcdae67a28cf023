/**
 * Does a step show what it says? A step's `expect` names what the graph shows at its
 * moment (nodes' accessible names, the safety properties broken so far); this compares it
 * with the simulated run. Tests hold every built-in step to it, and the app tells the
 * reader when a lesson's claim and its run disagree.
 */

import { nodeViews } from '../store/node-views'
import type { Timeline } from '../timeline/timeline'
import type { LessonStep } from './types'

const list = (names: readonly string[]) => (names.length === 0 ? 'none' : names.join(', '))

/** Each way the run at `t` differs from what the step expects, as a sentence; [] if none. */
export function stepMismatches(step: LessonStep, timeline: Timeline, t: number): string[] {
  const expect = step.expect
  if (expect === undefined) return []
  const out: string[] = []
  if (expect.nodes !== undefined) {
    const views = nodeViews(timeline.context, timeline.seek(t), [])
    for (const [id, said] of Object.entries(expect.nodes)) {
      const label = views.find((v) => v.id === id)?.label ?? `${id}: missing`
      if (label !== `${id}: ${said}`) out.push(`${label}, where the lesson says "${id}: ${said}"`)
    }
  }
  if (expect.violations !== undefined) {
    timeline.extendTo(t)
    const index = timeline.violations()
    const seen = [...new Set(index.all.slice(0, index.countUntil(t)).map((v) => v.invariant))]
    const said = expect.violations
    if (seen.join('\n') !== said.join('\n')) {
      out.push(
        `safety properties broken so far: ${list(seen)}, where the lesson says ${list(said)}`,
      )
    }
  }
  return out
}
