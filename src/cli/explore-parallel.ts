/**
 * `explore --workers N`: the seeds of the range in blocks, handed to N worker threads as
 * they come free; once a seed fails, blocks above it are not started and seeds above it are
 * skipped. When every block below the lowest failure is done, that seed is the first of the
 * range to fail, and it is shrunk here as explore() would: the result is the same as with
 * one thread, only sooner. The command line stays synchronous: it waits on a shared counter
 * that workers bump after each reply (Atomics.wait), and reads their replies at once.
 */

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { DEFAULT_RUN_MS, exploreResultAt } from '../check/explore'
import type { ExploreOptions, ExploreResult } from '../check/explore'

/** Seeds a worker takes at a time: small enough that a failure stops the search soon. */
const BLOCK = 16
/** How long worker threads may take to start (load the kernel and every protocol). */
const START_MS = 60_000

export interface WorkerSetup {
  readonly protocol: string
  readonly variant: string | null
  readonly runMs: number
  /** Int32 [replies so far, lowest failing seed so far]. */
  readonly shared: SharedArrayBuffer
  readonly port: MessagePort
}

export interface Block {
  readonly from: number
  readonly to: number
}

export type Reply =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly from: number; readonly failed: number | null }
  | { readonly type: 'error'; readonly message: string }

interface Thread {
  readonly worker: Worker
  readonly port: MessagePort
}

export function exploreParallel(options: ExploreOptions, workers: number): ExploreResult {
  const from = options.fromSeed ?? 1
  const to = from + options.seeds - 1
  const shared = new SharedArrayBuffer(8)
  const counter = new Int32Array(shared)
  counter[1] = 0x7fffffff
  const count = Math.min(workers, Math.ceil(options.seeds / BLOCK))
  const threads = Array.from({ length: count }, () => start(options, shared))
  try {
    let seen = 0
    /** Waits for replies and hands each to `take`; false if none came within `ms`. */
    const collect = (ms: number, take: (t: Thread, r: Reply) => void) => {
      if (Atomics.wait(counter, 0, seen, ms) === 'timed-out') return false
      seen = Atomics.load(counter, 0)
      for (const t of threads) {
        for (
          let m = receiveMessageOnPort(t.port);
          m !== undefined;
          m = receiveMessageOnPort(t.port)
        ) {
          const r = m.message as Reply
          if (r.type === 'error') throw new Error(`explore: a worker thread failed: ${r.message}`)
          take(t, r)
        }
      }
      return true
    }
    let ready = 0
    while (ready < threads.length) {
      if (!collect(START_MS, (_, r) => (ready += r.type === 'ready' ? 1 : 0))) {
        throw new Error(`explore: ${threads.length - ready} worker threads did not start`)
      }
    }
    let next = from
    /** Blocks handed out and not yet done. */
    const out = { blocks: 0 }
    let lowest: number | null = null
    const hand = (t: Thread) => {
      if (next > to || (lowest !== null && next > lowest)) return
      const block: Block = { from: next, to: Math.min(to, next + BLOCK - 1) }
      t.port.postMessage(block, [])
      next = block.to + 1
      out.blocks++
    }
    for (const t of threads) hand(t)
    while (out.blocks > 0) {
      collect(Infinity, (t, r) => {
        if (r.type !== 'done') return
        out.blocks--
        if (r.failed !== null) lowest = Math.min(lowest ?? r.failed, r.failed)
        hand(t)
      })
    }
    if (lowest !== null) return exploreResultAt(options, lowest)
    return {
      protocol: options.protocol,
      variant: options.variant ?? null,
      runs: options.seeds,
      found: null,
    }
  } finally {
    for (const t of threads) void t.worker.terminate()
  }
}

function start(options: ExploreOptions, shared: SharedArrayBuffer): Thread {
  const { port1, port2 } = new MessageChannel()
  const setup: WorkerSetup = {
    protocol: options.protocol,
    variant: options.variant ?? null,
    runMs: options.runMs ?? DEFAULT_RUN_MS,
    shared,
    port: port2,
  }
  const worker = new Worker(bootstrap(new URL('./explore-worker.ts', import.meta.url)), {
    eval: true,
    workerData: setup,
    transferList: [port2],
  })
  worker.unref()
  return { worker, port: port1 }
}

/**
 * The worker's first lines: a TypeScript worker (the command line runs its sources under
 * tsx) registers tsx's loader first, since Node 20 loads a worker's entry file before the
 * parent's --import hooks are in place.
 */
function bootstrap(entry: URL): string {
  const load = `import(${JSON.stringify(entry.href)})`
  return entry.pathname.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return ${load} })`
    : load
}
