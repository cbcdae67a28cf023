/**
 * A small window API for end-to-end tests and the curious: run a scenario in this browser
 * with the same kernel as the CLI and compare the results (determinism across engines).
 */

import { protocolLookup } from '../protocols/registry'
import { loadScenario } from '../scenario/migrate'
import { specLookup } from '../protocols/registry'
import { runScenario, type RunSummary } from '../sim/summary'
import { withLinearizability } from '../check/client-history'
import type { AppStore } from '../store/app-store'

export interface ClusterscopeApi {
  /** Runs a scenario (JSON) from the start to `until` and returns the CLI's summary. */
  run(raw: unknown, until: number): RunSummary
  /** The open run's trace hash up to the cursor. */
  traceHash(): string
  cursor(): number
}

export function installTestApi(store: AppStore): void {
  const api: ClusterscopeApi = {
    run(raw, until) {
      const loaded = loadScenario(raw, specLookup)
      if (!loaded.ok) throw new Error(loaded.error)
      const protocol = protocolLookup.get(loaded.scenario.protocol)!
      return withLinearizability(runScenario(loaded.scenario, protocol, until))
    },
    traceHash: () => store.getState().timeline.traceHashAt(store.getState().cursor),
    cursor: () => store.getState().cursor,
  }
  ;(window as unknown as { clusterscope: ClusterscopeApi }).clusterscope = api
}
