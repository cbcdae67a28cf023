/**
 * The loss sweep off the main thread: a dozen simulated runs must not freeze the page. A
 * reply after each run carries its result, so the tab fills in as the sweep goes on.
 */

import { runCase, sweepPlan } from '../loss-sweep'
import type { SweepReply, SweepRequest } from './sweep-messages'

const post = (reply: SweepReply) => postMessage(reply)

addEventListener('message', (e: MessageEvent<SweepRequest>) => {
  try {
    const plan = sweepPlan(e.data.scenario)
    plan.forEach((c, index) =>
      post({ type: 'case', index, total: plan.length, result: runCase(c) }),
    )
    post({ type: 'done' })
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})
