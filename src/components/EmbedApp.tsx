/**
 * Embed mode (`embed=1`): the graph, the timeline and playback, sized to fill an iframe in a
 * slide or a blog post, with a link to open the run in the full app.
 */

import { ClusterView } from './ClusterView'
import { LessonPanel } from './LessonPanel'
import { Notice } from './Notice'
import { TimelineBar } from './TimelineBar'
import { useAppStore } from '../store/context'
import { pageBase, shareUrl } from '../store/link'
import { usePlayback } from './use-playback'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

const selector = (s: AppState) => ({ scenario: s.scenario, cursor: s.cursor, view: s.view })

export function EmbedApp() {
  usePlayback()
  return (
    <div className="app embed">
      <Notice />
      <main className="stage">
        <LessonPanel compact />
        <ClusterView tools="view" />
        <OpenInFull />
      </main>
      <footer className="bottombar">
        <TimelineBar embed />
      </footer>
    </div>
  )
}

/** The link follows the cursor; only it re-renders as the run plays, not the whole page. */
function OpenInFull() {
  const state = useAppStore(selector)
  return (
    <a className="embed-open" href={shareUrl(pageBase(), state)} target="_blank" rel="noopener">
      {t('embed.openInFull')} ↗
    </a>
  )
}
