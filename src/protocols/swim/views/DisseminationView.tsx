/**
 * The Dissemination tab: how fast the news spread, against the epidemic model. SWIM: the
 * fraction of live members that hold a crashed member suspect or dead, and dead, read from
 * the checker's ghost state as far as the run was seen. Push gossip: the fraction that know
 * a version of the rumour, from the trace. Redrawn ten times a second at most while playing.
 */

import './swim-views.css'
import { useId, useState } from 'react'
import { useAppStore, useAppStoreApi } from '../../../store/context'
import { seenUntilOf } from '../../../store/branches'
import { useCursorView } from '../../../components/use-cursor-view'
import { t, useLocale } from '../../../i18n'
import { RumourLog } from '../dissemination'
import { gossipSpreadView, swimSpreadView, type SpreadView } from './spread-data'
import { SpreadChart } from './SpreadChart'
import type { AppState } from '../../../store/app-store'
import type { SwimGhost } from '../invariants'
import type { Timeline } from '../../../timeline/timeline'
import type { World } from '../../../sim/world'

const PLAYING_GAP_MS = 100

const selectJump = (s: AppState) => s.jumpTo

const rumourLogs = new WeakMap<Timeline, RumourLog>()
const seenWorlds = new WeakMap<Timeline, World>()

/** The world as far as the run was seen: the store's own when the cursor is there, else a seek (kept). */
function worldAt(timeline: Timeline, current: World, atMs: number): World {
  if (current.time === atMs) return current
  const kept = seenWorlds.get(timeline)
  if (kept?.time === atMs) return kept
  const world = timeline.seek(atMs)
  seenWorlds.set(timeline, world)
  return world
}

export function DisseminationView() {
  const locale = useLocale()
  const store = useAppStoreApi()
  const jumpTo = useAppStore(selectJump)
  const { cursor, timeline } = useCursorView(PLAYING_GAP_MS)
  const [choice, setChoice] = useState(0)
  const selectId = useId()
  // Read now: this render was asked for by the cursor above.
  const s = store.getState()
  // Not past what has been simulated: a far move still going on in slices must not be finished here.
  const seen = Math.max(seenUntilOf(s), cursor)
  const seenUntil = Math.min(seen, timeline.horizon)
  const moment = { seenUntil, cursor }
  const { scenario, params } = timeline.context
  const gossip = scenario.protocol === 'gossip'
  let view: SpreadView
  if (gossip) {
    let log = rumourLogs.get(timeline)
    if (log === undefined) rumourLogs.set(timeline, (log = new RumourLog(timeline.context.ids)))
    view = gossipSpreadView(params, log.update(timeline.trace), moment, choice)
  } else {
    const ghost = worldAt(timeline, s.world, seenUntil).ghost as SwimGhost
    view = swimSpreadView(scenario, params, ghost, moment, choice)
  }
  const picked = Math.min(choice, Math.max(0, view.choices.length - 1))

  return (
    <section className="panel swim-view" aria-label={t('swim.views.spread.title')}>
      <h2>{t('swim.views.spread.title')}</h2>
      {view.choices.length > 1 ? (
        <div className="swim-field">
          <label htmlFor={selectId}>
            {t(gossip ? 'swim.views.spread.pickVersion' : 'swim.views.spread.pickCrash')}
          </label>
          <select id={selectId} value={picked} onChange={(e) => setChoice(Number(e.target.value))}>
            {view.choices.map((c, i) => (
              <option key={c.label} value={i}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {view.empty === null ? null : <p className="hint">{view.empty}</p>}
      {view.chart === null ? null : (
        <SpreadChart locale={locale} model={view.chart} onSeek={jumpTo} />
      )}
      {view.lines.length === 0 ? null : (
        <ul className="swim-summary">
          {view.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {view.note === '' ? null : <p className="swim-note">{view.note}</p>}
    </section>
  )
}
