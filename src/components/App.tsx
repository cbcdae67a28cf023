import { useCallback, useState } from 'react'
import { ClientPanel } from './ClientPanel'
import { ClusterView } from './ClusterView'
import { Inspector } from './Inspector'
import { NetworkPanel } from './NetworkPanel'
import { NodeActions } from './NodeActions'
import { Notice } from './Notice'
import { ParamsButton } from './ParamsDialog'
import { RunInfo } from './RunInfo'
import { ShortcutsOverlay } from './ShortcutsOverlay'
import { ThemeToggle } from './ThemeToggle'
import { TimelineBar } from './TimelineBar'
import { usePlayback } from './use-playback'
import { useShortcuts } from './use-shortcuts'

export function App() {
  const [help, setHelp] = useState(false)
  const toggleHelp = useCallback(() => setHelp((h) => !h), [])
  const closeHelp = useCallback(() => setHelp(false), [])
  usePlayback()
  useShortcuts(toggleHelp, closeHelp)
  return (
    <div className="app">
      <header className="topbar">
        <h1>Clusterscope</h1>
        <span className="subtitle">Raft</span>
        <div className="topbar-actions">
          <ParamsButton />
          <ThemeToggle />
          <button type="button" className="quiet" onClick={toggleHelp} aria-keyshortcuts="?">
            Shortcuts
          </button>
          <RunInfo />
        </div>
      </header>
      <Notice />
      <div className="workspace">
        <main className="stage">
          <ClusterView />
        </main>
        <aside className="side" aria-label="Controls">
          <NodeActions />
          <Inspector />
          <NetworkPanel />
          <ClientPanel />
        </aside>
      </div>
      <footer className="bottombar">
        <TimelineBar />
      </footer>
      {help ? <ShortcutsOverlay onClose={closeHelp} /> : null}
    </div>
  )
}
