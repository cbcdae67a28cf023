/**
 * The selected node's action menu: Crash, Restart, Force timeout, Isolate (and Leave, where
 * nodes may come and go). Opens when a node is clicked (or chosen with the keyboard); each
 * action becomes a scenario input.
 */

import { useEffect, useRef } from 'react'
import { ACTIONS } from '../app/actions'
import { useAppStore, useAppStoreApi } from '../store/context'
import type { AppState } from '../store/app-store'
import { actionAvailable, actionButton, actionButtonTitle } from './action-text'
import { t } from '../i18n'

/** The same actions as the keys C, R, T, I and L: one definition for both. */
const NODE_ACTIONS = ACTIONS.filter((a) => a.place === 'node')

const selector = (s: AppState) => {
  const id = s.selection?.kind === 'node' ? s.selection.id : null
  const node = s.nodes.find((n) => n.id === id) ?? null
  return {
    node,
    select: s.select,
    menuRequested: s.menuRequest !== null && s.menuRequest === id,
    // Whether Leave is there depends on the run's protocol, and Leave's state on the members.
    protocol: s.timeline.context.protocol,
    members: s.nodes.filter((n) => n.member).length,
  }
}

export function NodeActions() {
  const store = useAppStoreApi()
  const { node, select, menuRequested } = useAppStore(selector)
  const actions = useRef<HTMLDivElement>(null)
  // Asked for as a menu (context menu, long-press, M): its first action takes focus.
  useEffect(() => {
    if (!menuRequested) return
    actions.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus()
    store.getState().nodeMenuOpened()
  }, [menuRequested, store])
  // Whether each action applies depends only on the node shown, which re-renders this.
  const state = store.getState()
  if (node === null) {
    return (
      <section className="panel node-actions" aria-label={t('node.actions')}>
        <p className="hint">{t('node.actionsHint')}</p>
      </section>
    )
  }
  return (
    <section className="panel node-actions" aria-labelledby="node-actions-title">
      <h2 id="node-actions-title">
        {t('node.actionsFor', { id: node.id })}
        <button
          type="button"
          className="close"
          aria-label={t('node.closeMenu')}
          onClick={() => select(null)}
        >
          ×
        </button>
      </h2>
      {/* The node's state in words, once: its own button in the graph carries it as a name. */}
      <p className="node-actions-state">{node.label.slice(node.id.length + 2)}</p>
      <div className="actions" ref={actions}>
        {NODE_ACTIONS.filter((a) => actionAvailable(a, state)).map((a) => {
          const enabled = a.enabled === undefined || a.enabled(state)
          return (
            <button
              key={a.button}
              type="button"
              disabled={!enabled}
              onClick={() => a.perform(store)}
              title={actionButtonTitle(a, state, enabled)}
            >
              {actionButton(a)}
            </button>
          )
        })}
      </div>
    </section>
  )
}
