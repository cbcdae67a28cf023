/**
 * One event index per run, made on first use and kept while the run lives: a branch or
 * an undo switches runs, and switching back finds its index where it was left.
 */

import { EventIndex } from '../timeline/event-index'
import { describeAction } from '../store/branches'
import type { Timeline } from '../timeline/timeline'

const indexLookup = new WeakMap<Timeline, EventIndex>()

/** The run's index, brought up to date with its trace (which grows ahead of the cursor). */
export function eventIndexOf(timeline: Timeline): EventIndex {
  let index = indexLookup.get(timeline)
  if (index === undefined) {
    const { ids, protocol } = timeline.context
    index = new EventIndex({
      nodes: ids,
      inputs: timeline.scenario.inputs,
      kindOf: (payload) => protocol.messageKind(payload),
      describeInput: describeAction,
    })
    indexLookup.set(timeline, index)
  }
  return index.update(timeline.trace)
}
