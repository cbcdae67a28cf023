import { ClusterView } from './ClusterView'
import { Notice } from './Notice'
import { PlaybackBar } from './PlaybackBar'
import { RunInfo } from './RunInfo'
import { usePlayback } from './use-playback'

export function App() {
  usePlayback()
  return (
    <div className="app">
      <header className="topbar">
        <h1>Clusterscope</h1>
        <RunInfo />
      </header>
      <Notice />
      <main className="stage">
        <ClusterView />
      </main>
      <footer className="bottombar">
        <PlaybackBar />
      </footer>
    </div>
  )
}
