/**
 * The explorer off the main thread: thousands of simulated runs must never freeze the page.
 * Progress goes out a few times a second; cancelling terminates the worker.
 */

import { explore } from '../check/explore'
import type { ExploreReply, ExploreRequest } from './explore-protocol'

const PROGRESS_EVERY_MS = 100

const post = (reply: ExploreReply) => postMessage(reply)

addEventListener('message', (e: MessageEvent<ExploreRequest>) => {
  const { protocol, variant, seeds, fromSeed } = e.data
  let last = 0
  try {
    const result = explore({
      protocol,
      variant,
      seeds,
      fromSeed,
      onProgress: (progress) => {
        const now = performance.now()
        if (now - last < PROGRESS_EVERY_MS) return
        last = now
        post({ type: 'progress', progress })
      },
    })
    post({ type: 'done', result })
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})
