/**
 * The worker's end of a sweep (sweep-runner.ts): plans the cases of the scenario it is
 * sent, runs them one by one off the main thread, and posts each result as it comes.
 */

import type { SweepReply, SweepRequest } from './sweep-messages'
import type { Scenario } from '../../scenario/types'

export function serveSweep<C, R>(
  plan: (scenario: Scenario) => readonly C[],
  run: (c: C) => R,
): void {
  const post = (reply: SweepReply<R>) => postMessage(reply)
  addEventListener('message', (e: MessageEvent<SweepRequest>) => {
    try {
      const cases = plan(e.data.scenario)
      for (const c of cases) post({ type: 'case', total: cases.length, result: run(c) })
      post({ type: 'done' })
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  })
}
