/**
 * Embed mode (`embed=1`): the graph, the timeline and playback, sized to fill an iframe in a
 * slide or a blog post, with a link to open the run in the full app.
 */

import { ClusterView } from './ClusterView'
import { Notice } from './Notice'
import { TimelineBar } from './TimelineBar'
import { useAppStore } from '../store/context'
import { shareUrl } from '../store/link'
import { usePlayback } from './use-playback'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({ scenario: s.scenario, cursor: s.cursor, view: s.view })

export function EmbedApp() {
  const state = useAppStore(selector)
  usePlayback()
  const full = shareUrl(window.location.href.split('#')[0]!, state)
  return (
    <div className="app embed">
      <Notice />
      <main className="stage">
        <ClusterView />
        <a className="embed-open" href={full} target="_blank" rel="noopener">
          Open in Clusterscope ↗
        </a>
      </main>
      <footer className="bottombar">
        <TimelineBar embed />
      </footer>
    </div>
  )
}
