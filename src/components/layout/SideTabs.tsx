/**
 * The side panel: the checks always on top, then one tab at a time of Node (actions and
 * inspector), Network, Clients, History and Charts, so each gets the whole height instead
 * of a long scroll; after them the tabs the run's protocol brings (protocols/panels.ts).
 * Choosing a node (click, keys 1–9, long-press) brings its tab forward.
 * Tabs follow WAI-ARIA's pattern: arrow keys, Home and End move between them.
 */

import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { ChartsPanel } from '../ChartsPanel'
import { ChecksPanel } from '../ChecksPanel'
import { ClientPanel } from '../ClientPanel'
import { HistoryView } from '../HistoryView'
import { Inspector } from '../Inspector'
import { NetworkPanel } from '../NetworkPanel'
import { NodeActions } from '../NodeActions'
import { useAppStore } from '../../store/context'
import type { AppState } from '../../store/app-store'
import { protocolPanels } from '../../protocols/panels'
import { t, type MessageKey } from '../../i18n'

interface Tab {
  readonly id: string
  readonly label: MessageKey
  readonly body: () => ReactNode
}

const NODE_TAB: Tab = {
  id: 'node',
  label: 'layout.tab.node',
  body: () => (
    <>
      <NodeActions />
      <Inspector />
    </>
  ),
}

const TABS: readonly Tab[] = [
  NODE_TAB,
  { id: 'network', label: 'network.title', body: () => <NetworkPanel /> },
  { id: 'clients', label: 'clients.title', body: () => <ClientPanel /> },
  { id: 'history', label: 'history.title', body: () => <HistoryView /> },
  { id: 'charts', label: 'charts.title', body: () => <ChartsPanel /> },
]

const selectionOf = (s: AppState) => s.selection
const protocolOf = (s: AppState) => s.scenario.protocol

export function SideTabs() {
  const [active, setActive] = useState(NODE_TAB.id)
  const selection = useAppStore(selectionOf)
  const protocol = useAppStore(protocolOf)
  const tabs = useMemo(() => [...TABS, ...protocolPanels(protocol)], [protocol])
  const list = useRef<HTMLDivElement>(null)
  const id = useId()

  // A new selection is something to look at: show it (set while rendering, as React
  // advises for state that follows a changed input, so no second pass is drawn).
  const [shown, setShown] = useState(selection)
  if (selection !== shown) {
    setShown(selection)
    if (selection !== null) setActive(NODE_TAB.id)
  }

  // A protocol's tab left behind by a run of another protocol gives way to Node.
  const tab = tabs.find((each) => each.id === active) ?? NODE_TAB

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((each) => each.id === tab.id)
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : null
    const next = to === null ? undefined : tabs[to]
    if (next === undefined) return
    e.preventDefault()
    setActive(next.id)
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[tabs.indexOf(next)]?.focus()
  }

  return (
    <aside className="side" aria-label={t('layout.controls')}>
      <ChecksPanel />
      <div
        className="side-tabs"
        role="tablist"
        aria-label={t('layout.panels')}
        ref={list}
        onKeyDown={onKeyDown}
      >
        {tabs.map((each) => (
          <button
            key={each.id}
            type="button"
            role="tab"
            id={`${id}-${each.id}`}
            aria-selected={each.id === tab.id}
            aria-controls={`${id}-panel`}
            tabIndex={each.id === tab.id ? 0 : -1}
            onClick={() => setActive(each.id)}
          >
            {t(each.label)}
          </button>
        ))}
      </div>
      <div
        className="side-panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${tab.id}`}
      >
        {tab.body()}
      </div>
    </aside>
  )
}
