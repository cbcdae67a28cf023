/**
 * A worker thread of `explore --workers N` (explore-parallel.ts): runs the blocks of seeds
 * it is sent, each seed as explore() would, and says which seed of a block failed first.
 * A seed above the lowest failure known so far (shared with every worker) is skipped.
 * Every reply is followed by a bump of the shared counter the main thread waits on.
 */

import { workerData, type MessagePort } from 'node:worker_threads'
import { runSeed } from '../check/explore'
import { protocolLookup } from '../protocols/registry'
import type { Block, Reply, WorkerSetup } from './explore-parallel'

const setup = workerData as WorkerSetup
const shared = new Int32Array(setup.shared)
const port = setup.port as MessagePort

const reply = (r: Reply) => {
  port.postMessage(r)
  Atomics.add(shared, 0, 1)
  Atomics.notify(shared, 0)
}

/** Lowers the shared lowest failure to `seed`, unless another worker got lower. */
function lowerTo(seed: number) {
  for (let now = Atomics.load(shared, 1); seed < now; now = Atomics.load(shared, 1)) {
    if (Atomics.compareExchange(shared, 1, now, seed) === now) return
  }
}

function runBlock(block: Block): number | null {
  const protocol = protocolLookup.get(setup.protocol)!
  for (let seed = block.from; seed <= block.to; seed++) {
    if (seed > Atomics.load(shared, 1)) return null
    if (runSeed(protocol, setup.variant, seed, setup.runMs).failure !== null) {
      lowerTo(seed)
      return seed
    }
  }
  return null
}

port.on('message', (block: Block) => {
  try {
    reply({ type: 'done', from: block.from, failed: runBlock(block) })
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})

reply({ type: 'ready' })
