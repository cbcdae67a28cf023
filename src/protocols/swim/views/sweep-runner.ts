/**
 * Loss sweeps and their results, kept for the page's life by what they depend on (the
 * protocol, variant, members, seed and parameters), so that a sweep goes on while the
 * reader looks at another tab and its result is there when they come back. One sweep runs
 * at a time, in a worker; starting another stops it.
 */

import type { CaseResult } from '../loss-sweep'
import type { SweepReply, SweepRequest } from './sweep-messages'
import type { Scenario } from '../../../scenario/types'

export interface SweepState {
  readonly results: readonly CaseResult[]
  readonly total: number
  readonly status: 'running' | 'done' | 'failed' | 'stopped'
  readonly error: string | null
}

const sweeps = new Map<string, SweepState>()
const listeners = new Set<() => void>()
let running: { readonly key: string; readonly worker: Worker } | null = null

/** What a sweep of `scenario` depends on, as a string. */
export function sweepKey(s: Scenario): string {
  return JSON.stringify([s.protocol, s.variant ?? null, s.nodes, s.seed, s.params])
}

export const getSweep = (key: string): SweepState | null => sweeps.get(key) ?? null

export function subscribeSweeps(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function set(key: string, state: SweepState): void {
  sweeps.set(key, state)
  for (const listener of listeners) listener()
}

export function stopSweep(): void {
  if (running === null) return
  const { key, worker } = running
  worker.terminate()
  running = null
  const state = sweeps.get(key)
  if (state?.status === 'running') set(key, { ...state, status: 'stopped' })
}

export function startSweep(scenario: Scenario): void {
  stopSweep()
  const key = sweepKey(scenario)
  const worker = new Worker(new URL('./loss-sweep.worker.ts', import.meta.url), { type: 'module' })
  running = { key, worker }
  set(key, { results: [], total: 0, status: 'running', error: null })
  const finish = (state: SweepState) => {
    worker.terminate()
    if (running?.worker === worker) running = null
    set(key, state)
  }
  worker.addEventListener('message', (e: MessageEvent<SweepReply>) => {
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
