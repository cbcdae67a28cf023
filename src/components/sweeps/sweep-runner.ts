/**
 * Sweeps (many headless runs of a scenario with one parameter varied) in a worker, with
 * their results kept for the page's life by what they depend on, so that a sweep goes on
 * while the reader looks at another tab and its result is there when they come back. One
 * sweep of a kind runs at a time; starting another stops it. A protocol's view makes one
 * runner per kind of sweep, naming its worker (sweep-worker.ts serves the other end).
 */

import type { SweepReply, SweepRequest } from './sweep-messages'
import type { Scenario } from '../../scenario/types'

export interface SweepState<R> {
  readonly results: readonly R[]
  readonly total: number
  readonly status: 'running' | 'done' | 'failed' | 'stopped'
  readonly error: string | null
}

export interface SweepRunner<R> {
  /** What a sweep of `scenario` depends on, as a string. */
  key(scenario: Scenario): string
  get(key: string): SweepState<R> | null
  subscribe(listener: () => void): () => void
  start(scenario: Scenario): void
  stop(): void
}

export function createSweepRunner<R>(options: {
  readonly key: (scenario: Scenario) => string
  /** A new worker running serveSweep (Vite bundles it from the `new URL` in the caller). */
  readonly spawn: () => Worker
}): SweepRunner<R> {
  const sweeps = new Map<string, SweepState<R>>()
  const listeners = new Set<() => void>()
  let running: { readonly key: string; readonly worker: Worker } | null = null

  const set = (key: string, state: SweepState<R>) => {
    sweeps.set(key, state)
    for (const listener of listeners) listener()
  }

  const stop = () => {
    if (running === null) return
    const { key, worker } = running
    worker.terminate()
    running = null
    const state = sweeps.get(key)
    if (state?.status === 'running') set(key, { ...state, status: 'stopped' })
  }

  const start = (scenario: Scenario) => {
    stop()
    const key = options.key(scenario)
    const worker = options.spawn()
    running = { key, worker }
    set(key, { results: [], total: 0, status: 'running', error: null })
    const finish = (state: SweepState<R>) => {
      worker.terminate()
      if (running?.worker === worker) running = null
      set(key, state)
    }
    worker.addEventListener('message', (e: MessageEvent<SweepReply<R>>) => {
      const state = sweeps.get(key)!
      const reply = e.data
      if (reply.type === 'case') {
        set(key, { ...state, results: [...state.results, reply.result], total: reply.total })
      } else if (reply.type === 'done') {
        finish({ ...state, status: 'done' })
      } else {
        finish({ ...state, status: 'failed', error: reply.message })
      }
    })
    worker.addEventListener('error', (e) =>
      finish({ ...sweeps.get(key)!, status: 'failed', error: e.message }),
    )
    const request: SweepRequest = { scenario }
    worker.postMessage(request, [])
  }

  return {
    key: options.key,
    get: (key) => sweeps.get(key) ?? null,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start,
    stop,
  }
}
