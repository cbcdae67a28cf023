/**
 * Charts of the open run: term and leader, commit index per node, messages per second and
 * client latency, from 0 to as far as the user has seen. React owns the box; the D3
 * renderer owns what is inside it and is fed from the store without React re-renders: while
 * playing, each chart four times a second, one chart a frame. Clicking or dragging on a
 * chart seeks there.
 */

import './charts.css'
import { useEffect, useRef } from 'react'
import { axisEnd } from '../render/charts/axes'
import { createChartsRenderer } from '../render/charts/charts'
import { createDrawScheduler } from '../render/charts/schedule'
import { RunSeries } from '../timeline/series'
import { useAppStoreApi } from '../store/context'
import { seenUntilOf } from '../store/branches'
import type { AppState } from '../store/app-store'
import type { ChartsModel } from '../render/charts/model'
import type { Timeline } from '../timeline/timeline'
import { t } from '../i18n'

/**
 * Least real time between redraws of a chart while playing: four a second each. At ten,
 * a chart was drawn in two frames of every three, and those were a 25-node run's slowest.
 */
const PLAYING_GAP_MS = 250
/** The time axis spans at least this much, so a run just begun still has a readable axis. */
const MIN_SPAN_MS = 1000

export function ChartsPanel() {
  const store = useAppStoreApi()
  const el = useRef<HTMLDivElement>(null)

  useEffect(() => {
    // One series per run, grown as its trace grows; switching back to a branch resumes it.
    const seriesLookup = new WeakMap<Timeline, RunSeries>()
    const renderer = createChartsRenderer({
      el: el.current!,
      onSeek: (ms) => store.getState().seek(ms),
    })
    const model = () => chartsModelOf(store.getState(), seriesLookup)
    // Still, a move redraws every chart at once; playing, they take turns.
    const draw = () =>
      store.getState().playing ? renderer.updateNext(model()) : renderer.update(model())
    const scheduler = createDrawScheduler(draw, () =>
      store.getState().playing ? PLAYING_GAP_MS / renderer.count : 0,
    )
    renderer.update(model())
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.cursor !== prev.cursor ||
        s.playing !== prev.playing ||
        s.timeline !== prev.timeline ||
        s.branches !== prev.branches
      ) {
        scheduler.request()
      }
    })
    return () => {
      unsubscribe()
      scheduler.cancel()
      renderer.destroy()
    }
  }, [store])

  return (
    <section className="panel charts-panel" aria-label={t('charts.title')}>
      <h2>{t('charts.title')}</h2>
      <div className="charts" ref={el} />
    </section>
  )
}

function chartsModelOf(s: AppState, seriesLookup: WeakMap<Timeline, RunSeries>): ChartsModel {
  const { timeline, cursor } = s
  let series = seriesLookup.get(timeline)
  if (series === undefined) {
    series = new RunSeries(timeline.context.ids)
    seriesLookup.set(timeline, series)
  }
  series.update(timeline.trace)
  const endMs = Math.max(seenUntilOf(s), cursor, MIN_SPAN_MS)
  return { series, nodes: series.nodes, cursor, endMs, axisEndMs: axisEnd(endMs) }
}
