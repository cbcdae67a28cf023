/**
 * Actions on the whole cluster beside the graph: Join a node, where the run's protocol lets
 * nodes come and go (absent otherwise). The same definitions as their keys (app/actions.ts).
 */

import { ACTIONS } from '../app/actions'
import { useAppStore, useAppStoreApi } from '../store/context'
import type { AppState } from '../store/app-store'
import { actionAvailable, actionButton, actionButtonTitle } from './action-text'

const CLUSTER_ACTIONS = ACTIONS.filter((a) => a.place === 'cluster')

/** What decides whether each action is there and enabled: the protocol and the scenario. */
const selector = (s: AppState) => ({ protocol: s.timeline.context.protocol, scenario: s.scenario })

export function ClusterActions() {
  const store = useAppStoreApi()
  useAppStore(selector)
  const state = store.getState()
  return CLUSTER_ACTIONS.filter((a) => actionAvailable(a, state)).map((a) => {
    const enabled = a.enabled === undefined || a.enabled(state)
    return (
      <button
        key={a.button}
        type="button"
        disabled={!enabled}
        title={actionButtonTitle(a, state, enabled)}
        onClick={() => a.perform(store)}
      >
        {actionButton(a)}
      </button>
    )
  })
}
