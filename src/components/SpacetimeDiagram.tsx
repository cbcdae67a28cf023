/**
 * The space-time diagram: one lane per node, time along the lanes, every message an arrow
 * from send to delivery, synced with the cursor. The canvas renderer owns the drawing; this
 * component feeds it from the store (no React work per frame), keeps the time window, and
 * turns picks into seeks. An imported ShiViz log can take the run's place for a while.
 */

import { useEffect, useRef, useState, type CSSProperties } from 'react'
import {
  createSpacetimeRenderer,
  type DiagramModel,
  type DiagramRenderer,
} from '../render/spacetime/renderer'
import { downloadBlob } from './download'
import { follow, initialWindow, recenter, type TimeWindow } from '../render/spacetime/window'
import {
  GUTTER_MIN_PX,
  LABEL_GAP_PX,
  LABEL_INSET_PX,
  LANE_FONT,
  type LaneGutter,
} from '../render/spacetime/gutter'
import { useAppStore, useAppStoreApi } from '../store/context'
import { onLessonRun } from '../store/lessons'
import { ImportTraceButton, type ImportedTrace } from './ImportTraceDialog'
import type { AppState } from '../store/app-store'
import type { Hit } from '../render/spacetime/hit'
import { t } from '../i18n'
import './spacetime.css'

const CLIENTS_LANE = 'clients'
const selector = (s: AppState) => ({ nodeIds: s.timeline.context.ids })

export function SpacetimeDiagram() {
  const store = useAppStoreApi()
  const { nodeIds } = useAppStore(selector)
  const box = useRef<HTMLDivElement>(null)
  const windowRef = useRef<TimeWindow>(initialWindow(store.getState().cursor))
  const redrawRef = useRef(() => {})
  const rendererRef = useRef<DiagramRenderer | null>(null)
  const [following, setFollowing] = useState(true)
  const [imported, setImported] = useState<ImportedTrace | null>(null)
  const [gutter, setGutter] = useState<LaneGutter | null>(null)
  const lanes = imported === null ? [...nodeIds, CLIENTS_LANE] : imported.view.lanes()
  const labels = lanes.map(laneLabel)

  useEffect(() => {
    const redraw = () => redrawRef.current()
    const setWindow = (w: TimeWindow) => {
      windowRef.current = w
      setFollowing(w.follow)
      redraw()
    }
    const renderer = createSpacetimeRenderer({
      el: box.current!,
      callbacks: {
        onHover: (id) => {
          if (imported === null) store.getState().hoverMessage(id)
        },
        onPick: (hit, atMs) => (imported === null ? pick(hit, atMs) : undefined),
        // d3-zoom moved the window. A pan by hand stops following; so does any zoom of an
        // imported trace, which otherwise shows the whole of it while following.
        onWindow: (fromMs, spanMs, panned) => {
          const keep = windowRef.current.follow && !panned && imported === null
          setWindow({ fromMs, spanMs, follow: keep })
        },
        onGutter: setGutter,
      },
    })
    rendererRef.current = renderer
    const pick = (hit: Hit, atMs: number) => {
      const s = store.getState()
      if (hit === null) {
        s.pickEvent(null)
        s.jumpTo(Math.max(0, atMs))
      } else {
        s.goToEvent(hit.kind === 'mark' ? hit.shape.mark.eventIndex : hit.shape.arrow.sendIndex)
      }
    }
    redrawRef.current = () => {
      const s = store.getState()
      if (imported !== null) {
        const { start, end } = imported.view.extent()
        const w = windowRef.current
        renderer.update({
          view: imported.view,
          fromMs: w.follow ? start : w.fromMs,
          toMs: w.follow ? end + 1 : w.fromMs + w.spanMs,
          cursorMs: Infinity,
          lanes,
          labels,
          otherLane: null,
          emphasis: { hovered: null, picked: null, past: null, future: null },
        })
        return
      }
      const w = follow(windowRef.current, s.cursor)
      if (w !== windowRef.current) windowRef.current = w
      renderer.update(runModel(s, w, lanes, labels))
    }
    redraw()
    // Only what the picture shows; a dragged node or an open dialog leaves it alone.
    const unsubscribe = store.subscribe((s, prev) => {
      const changed =
        s.cursor !== prev.cursor ||
        s.timeline !== prev.timeline ||
        s.hoveredMessage !== prev.hoveredMessage ||
        s.causalEvent !== prev.causalEvent ||
        s.lesson !== prev.lesson ||
        s.theme !== prev.theme
      if (changed) redraw()
    })
    return () => {
      unsubscribe()
      renderer.destroy()
      rendererRef.current = null
    }
    // lanes and labels are derived from nodeIds and imported (and the locale, which remounts).
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store, imported, nodeIds.join()])

  const zoomBy = (factor: number) => rendererRef.current?.zoomBy(factor)
  const startFollowing = () => {
    windowRef.current = recenter(windowRef.current, store.getState().cursor)
    setFollowing(true)
    redrawRef.current()
  }
  const openImported = (trace: ImportedTrace) => {
    const { start, end } = trace.view.extent()
    windowRef.current = { fromMs: start, spanMs: Math.max(1, end - start), follow: true }
    setImported(trace)
  }
  const savePng = () => {
    const png = rendererRef.current?.toPng()
    if (png === undefined || png === null) return
    const at = Math.round(store.getState().cursor)
    void png.then((blob) => downloadBlob(blob, `clusterscope-space-time-${at}ms.png`))
  }
  const saveSvg = () => {
    const svg = rendererRef.current?.toSvg()
    if (svg === undefined || svg === null) return
    const at = Math.round(store.getState().cursor)
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `clusterscope-space-time-${at}ms.svg`)
  }
  const closeImported = () => {
    windowRef.current = initialWindow(store.getState().cursor)
    setFollowing(true)
    setImported(null)
  }

  return (
    <section className="panel spacetime" aria-label={t('spacetime.title')}>
      <div className="spacetime-bar">
        <h2>
          {imported === null
            ? t('spacetime.heading')
            : t('spacetime.imported', { name: imported.name })}
        </h2>
        <span className="hint">{imported === null ? t('spacetime.hint') : imported.summary}</span>
        <div className="spacetime-tools">
          <button type="button" onClick={() => zoomBy(0.5)}>
            {t('spacetime.zoomIn')}
          </button>
          <button type="button" onClick={() => zoomBy(2)}>
            {t('spacetime.zoomOut')}
          </button>
          <button type="button" aria-pressed={following} onClick={startFollowing}>
            {t('spacetime.followCursor')}
          </button>
          <button
            type="button"
            aria-label={t('spacetime.saveSvg')}
            title={t('spacetime.saveSvgTitle')}
            onClick={saveSvg}
          >
            SVG
          </button>
          <button
            type="button"
            aria-label={t('spacetime.savePng')}
            title={t('spacetime.savePngTitle')}
            onClick={savePng}
          >
            PNG
          </button>
          {imported === null ? (
            <ImportTraceButton onImport={openImported} />
          ) : (
            <button type="button" onClick={closeImported}>
              {t('spacetime.backToRun')}
            </button>
          )}
        </div>
      </div>
      <div className="spacetime-body">
        <ul
          className="spacetime-lanes"
          aria-label={t('spacetime.lanes')}
          style={laneListStyle(gutter)}
        >
          {lanes.map((id, i) => (
            <li
              key={id}
              aria-label={labels[i]}
              title={gutter?.labels[i]?.clipped === true ? labels[i] : undefined}
            >
              {labels[i]}
            </li>
          ))}
        </ul>
        <div className="spacetime-canvas" ref={box} />
      </div>
    </section>
  )
}

function laneLabel(id: string): string {
  return id === CLIENTS_LANE ? t('spacetime.clientsLane') : id
}

/** The lane list covers the renderer's gutter, in the font it measured the labels in. */
function laneListStyle(gutter: LaneGutter | null): CSSProperties {
  return {
    width: (gutter?.px ?? GUTTER_MIN_PX) - LABEL_GAP_PX,
    paddingLeft: LABEL_INSET_PX,
    font: LANE_FONT,
  }
}

function runModel(
  s: AppState,
  w: TimeWindow,
  lanes: readonly string[],
  labels: readonly string[],
): DiagramModel {
  const causal = s.causalEvent === null ? null : s.timeline.causality()
  return {
    view: s.timeline.spacetime(),
    fromMs: w.fromMs,
    toMs: w.fromMs + w.spanMs,
    cursorMs: s.cursor,
    lanes,
    labels,
    otherLane: CLIENTS_LANE,
    emphasis: {
      hovered: s.hoveredMessage,
      marked: onLessonRun(s)
        ? (s.lesson!.lesson.steps[s.lesson!.step]!.highlight?.messages ?? [])
        : [],
      picked: s.causalEvent,
      past: causal?.pastOf(s.causalEvent!) ?? null,
      future: causal?.futureOf(s.causalEvent!) ?? null,
    },
  }
}
