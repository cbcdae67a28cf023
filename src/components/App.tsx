import { useCallback, useState } from 'react'
import { ClusterView } from './ClusterView'
import { CompactLabel } from './CompactLabel'
import { EmbedApp } from './EmbedApp'
import { EventLog } from './EventLog'
import { ExploreButton } from './ExploreDialog'
import { GalleryButton } from './GalleryDialog'
import { LessonPanel } from './LessonPanel'
import { LessonsButton } from './LessonsDialog'
import { Notice } from './Notice'
import { ParamsButton } from './ParamsDialog'
import { ProtocolPicker } from './ProtocolPicker'
import { RunInfo } from './RunInfo'
import { ScenarioFiles } from './ScenarioFiles'
import { SharePanel } from './SharePanel'
import { SideTabs } from './layout/SideTabs'
import { Splitter } from './layout/Splitter'
import { ShortcutsOverlay } from './ShortcutsOverlay'
import { SpacetimeDiagram } from './SpacetimeDiagram'
import { LanguagePicker } from './LanguagePicker'
import { ThemeToggle } from './ThemeToggle'
import { TimelineBar } from './TimelineBar'
import { UndoRedo } from './UndoRedo'
import { useAppStore } from '../store/context'
import { useFileDrop } from './use-file-drop'
import { usePlayback } from './use-playback'
import { useShortcuts } from './use-shortcuts'
import { usePaneSizes } from './layout/use-pane-sizes'
import type { CSSProperties } from 'react'
import { t } from '../i18n'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({ embed: s.embed })

/** A name, the same in every language. */
const PRODUCT = 'Clusterscope'

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
  const sizing = usePaneSizes()
  const { sizes } = sizing
  const paneStyle = {
    '--side-size': `${sizes.side}px`,
    '--dock-size': `${sizes.dock}px`,
    '--log-size': `${sizes.log}px`,
  } as CSSProperties
  return (
    <div className="app">
      <header className="topbar">
        <h1>{PRODUCT}</h1>
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
          <LanguagePicker />
          <ThemeToggle />
          <button
            type="button"
            className="quiet"
            onClick={toggleHelp}
            aria-keyshortcuts="?"
            aria-label={t('app.shortcuts')}
          >
            <CompactLabel text={t('app.shortcuts')} glyph="?" />
          </button>
          <RunInfo />
        </div>
      </header>
      <Notice />
      <div className="workspace" style={paneStyle}>
        <main className="stage">
          <div className="graph-area">
            <LessonPanel />
            <ClusterView />
          </div>
          <Splitter pane="dock" label={t('layout.resizeDock')} sizing={sizing} />
          <div className="dock">
            <SpacetimeDiagram />
            <Splitter pane="log" label={t('layout.resizeLog')} sizing={sizing} />
            <EventLog />
          </div>
        </main>
        <Splitter pane="side" label={t('layout.resizeSide')} sizing={sizing} />
        <SideTabs />
      </div>
      <footer className="bottombar">
        <TimelineBar />
      </footer>
      {help ? <ShortcutsOverlay onClose={closeHelp} /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('app.dropHint')}
        </div>
      ) : null}
    </div>
  )
}
