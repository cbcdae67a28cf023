import { useCallback, useState } from 'react'
import { ChartsPanel } from './ChartsPanel'
import { ChecksPanel } from './ChecksPanel'
import { ClientPanel } from './ClientPanel'
import { HistoryView } from './HistoryView'
import { ClusterView } from './ClusterView'
import { EmbedApp } from './EmbedApp'
import { EventLog } from './EventLog'
import { ExploreButton } from './ExploreDialog'
import { GalleryButton } from './GalleryDialog'
import { Inspector } from './Inspector'
import { LessonPanel } from './LessonPanel'
import { LessonsButton } from './LessonsDialog'
import { NetworkPanel } from './NetworkPanel'
import { NodeActions } from './NodeActions'
import { Notice } from './Notice'
import { ParamsButton } from './ParamsDialog'
import { ProtocolPicker } from './ProtocolPicker'
import { RunInfo } from './RunInfo'
import { ScenarioFiles } from './ScenarioFiles'
import { SharePanel } from './SharePanel'
import { ShortcutsOverlay } from './ShortcutsOverlay'
import { SpacetimeDiagram } from './SpacetimeDiagram'
import { ThemeToggle } from './ThemeToggle'
import { TimelineBar } from './TimelineBar'
import { UndoRedo } from './UndoRedo'
import { useAppStore } from '../store/context'
import { useFileDrop } from './use-file-drop'
import { usePlayback } from './use-playback'
import { useShortcuts } from './use-shortcuts'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({ embed: s.embed })

export function App() {
  const { embed } = useAppStore(selector)
  return embed ? <EmbedApp /> : <FullApp />
}

function FullApp() {
  const [help, setHelp] = useState(false)
  const toggleHelp = useCallback(() => setHelp((h) => !h), [])
  const closeHelp = useCallback(() => setHelp(false), [])
  usePlayback()
  useShortcuts(toggleHelp, closeHelp)
  const dragging = useFileDrop(true)
  return (
    <div className="app">
      <header className="topbar">
        <h1>Clusterscope</h1>
        <ProtocolPicker />
        <div className="topbar-group">
          <GalleryButton />
          <LessonsButton />
          <ParamsButton />
          <ExploreButton />
          <ScenarioFiles />
        </div>
        <UndoRedo />
        <SharePanel />
        <div className="topbar-actions">
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
          <div className="graph-area">
            <LessonPanel />
            <ClusterView />
          </div>
          <div className="dock">
            <SpacetimeDiagram />
            <EventLog />
          </div>
        </main>
        <aside className="side" aria-label="Controls">
          <ChecksPanel />
          <NodeActions />
          <Inspector />
          <NetworkPanel />
          <ClientPanel />
          <HistoryView />
          <ChartsPanel />
        </aside>
      </div>
      <footer className="bottombar">
        <TimelineBar />
      </footer>
      {help ? <ShortcutsOverlay onClose={closeHelp} /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a scenario file (.json) to open it as a new run
        </div>
      ) : null}
    </div>
  )
}
