/**
 * The space-time diagram: one lane per node, time along the lanes, every message an arrow
 * from send to delivery, synced with the cursor. The canvas renderer owns the drawing; this
 * component feeds it from the store (no React work per frame), keeps the time window, and
 * turns picks into seeks. An imported ShiViz log can take the run's place for a while.
 */

import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import {
  createSpacetimeRenderer,
  type DiagramModel,
  type DiagramRenderer,
} from '../render/spacetime/renderer'
import { downloadBlob } from './download'
import { drawOnChange } from './draw-on-change'
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
import { LaneList } from './SpacetimeLanes'
import {
  laneArranger,
  parseLaneFilter,
  type ArrangedLanes,
  type LaneRows,
} from '../render/spacetime/lanes'
import type { AppState } from '../store/app-store'
import type { SpacetimeView } from '../timeline/spacetime/types'
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
  // Lanes too many to share the height scroll (render/spacetime/lanes.ts): which are in view.
  const [rows, setRows] = useState<LaneRows | null>(null)
  const [shown, setShown] = useState<ArrangedLanes | null>(null)
  const [filterText, setFilterText] = useState('')
  const scrollPx = useRef(0)
  const scroller = useRef<HTMLDivElement>(null)
  const rowsRef = useRef<LaneRows | null>(null)
  const baseLanes = useMemo(
    () => (imported === null ? [...nodeIds, CLIENTS_LANE] : imported.view.lanes()),
    // nodeIds is a new array when the run changes; its ids are what matter.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [imported, nodeIds.join()],
  )
  const filter = useMemo(() => parseLaneFilter(filterText, baseLanes), [filterText, baseLanes])
  const filterRef = useRef({ text: filterText, keep: filter.keep })
  filterRef.current = { text: filterText, keep: filter.keep }

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
        onLanes: (next) => {
          rowsRef.current = next
          setRows(next)
          // The renderer clamps the scroll to the lanes there are.
          if (next !== null) scrollPx.current = next.scrollPx
          if (next !== null && scroller.current !== null) scroller.current.scrollTop = next.scrollPx
        },
        onScrollLanes: (deltaPx) => {
          if (scroller.current !== null) scroller.current.scrollTop += deltaPx
        },
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
    const arrange = laneArranger(laneLabel)
    let selectedBefore: string | null = null
    /** The lanes in their order: in a large cluster, the selected node and its peers first. */
    const lanesFor = (
      view: SpacetimeView,
      selected: string | null,
      fromMs: number,
      toMs: number,
    ) => {
      const scrolling = rowsRef.current !== null
      const chosen = scrolling ? selected : null
      if (chosen !== selectedBefore) {
        selectedBefore = chosen
        // A new selection is something to look at: back to the top, where it is.
        scrollPx.current = 0
        if (scroller.current !== null) scroller.current.scrollTop = 0
      }
      const peers = chosen === null ? NO_PEERS : peersOf(view, chosen, fromMs, toMs, nodeIdSet)
      const arranged = arrange(baseLanes, chosen, peers, filterRef.current)
      setShown(arranged)
      return arranged
    }
    const nodeIdSet = new Set(nodeIds)
    let lastNode: string | null = null
    redrawRef.current = () => {
      const s = store.getState()
      if (imported !== null) {
        const { start, end } = imported.view.extent()
        const w = windowRef.current
        const arranged = lanesFor(imported.view, null, 0, 0)
        renderer.update({
          view: imported.view,
          fromMs: w.follow ? start : w.fromMs,
          toMs: w.follow ? end + 1 : w.fromMs + w.spanMs,
          cursorMs: Infinity,
          lanes: arranged.lanes,
          labels: arranged.labels,
          otherLane: null,
          emphasis: { hovered: null, picked: null, past: null, future: null },
          laneScrollPx: scrollPx.current,
          pinned: 0,
        })
        return
      }
      const w = follow(windowRef.current, s.cursor)
      if (w !== windowRef.current) windowRef.current = w
      // A message picked from the diagram keeps the node before it first, and the lanes still.
      if (s.selection?.kind !== 'message') lastNode = s.selection?.id ?? null
      const selected = lastNode
      const view = s.timeline.spacetime()
      const arranged = lanesFor(view, selected, w.fromMs, Math.min(s.cursor, w.fromMs + w.spanMs))
      renderer.update({ ...runModel(s, w, arranged), laneScrollPx: scrollPx.current })
    }
    redraw()
    // Only what the picture shows; a dragged node or an open dialog leaves it alone.
    const unsubscribe = drawOnChange(
      store,
      () => redraw(),
      (s, prev) =>
        s.cursor !== prev.cursor ||
        s.timeline !== prev.timeline ||
        s.hoveredMessage !== prev.hoveredMessage ||
        s.causalEvent !== prev.causalEvent ||
        s.lesson !== prev.lesson ||
        s.selection !== prev.selection ||
        s.theme !== prev.theme,
    )
    return () => {
      unsubscribe()
      renderer.destroy()
      rendererRef.current = null
    }
    // nodeIds and the lanes follow baseLanes (and the locale, which remounts).
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store, imported, baseLanes])

  // A new filter draws at once; the lanes it leaves start at the top.
  useEffect(() => {
    scrollPx.current = 0
    if (scroller.current !== null) scroller.current.scrollTop = 0
    redrawRef.current()
  }, [filter])

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

  const scrolling = rows !== null
  const lanes = shown ?? { lanes: baseLanes, labels: baseLanes.map(laneLabel), pinned: 0 }
  const showFilter = scrolling || filterText !== ''
  const hint =
    imported !== null
      ? imported.summary
      : !scrolling
        ? t('spacetime.hint')
        : lanes.pinned > 0
          ? t('scale.hintPinned', { id: lanes.lanes[0]!, count: lanes.pinned - 1 })
          : t('scale.hint')
  return (
    <section className="panel spacetime" aria-label={t('spacetime.title')}>
      <div className="spacetime-bar">
        <h2>
          {imported === null
            ? t('spacetime.heading')
            : t('spacetime.imported', { name: imported.name })}
        </h2>
        <span className="hint" title={hint}>
          {hint}
        </span>
        <div className="spacetime-tools">
          {showFilter ? (
            <input
              type="search"
              className="spacetime-filter"
              aria-label={t('scale.laneFilter')}
              title={t('scale.laneFilterTitle')}
              placeholder={t('scale.laneFilterPlaceholder')}
              aria-invalid={filter.unknown.length > 0 ? true : undefined}
              value={filterText}
              onChange={(e) => setFilterText(e.target.value)}
            />
          ) : null}
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
        <LaneList
          lanes={lanes.lanes}
          labels={lanes.labels}
          pinned={lanes.pinned}
          gutter={gutter}
          rows={rows}
          style={laneListStyle(gutter)}
        />
        <div className="spacetime-canvas" ref={box} />
        {scrolling ? (
          <div
            className="spacetime-scroll"
            ref={scroller}
            tabIndex={0}
            aria-label={t('scale.scrollLanes')}
            onScroll={(e) => {
              scrollPx.current = e.currentTarget.scrollTop
              redrawRef.current()
            }}
          >
            <div style={{ height: rows.contentPx }} />
          </div>
        ) : null}
      </div>
    </section>
  )
}

const NO_PEERS: ReadonlySet<string> = new Set()

/** The nodes `id` sent messages to or got messages from in the window. */
function peersOf(
  view: SpacetimeView,
  id: string,
  fromMs: number,
  toMs: number,
  nodes: ReadonlySet<string>,
): ReadonlySet<string> {
  if (view.visibleOn === undefined) return NO_PEERS
  const peers = new Set<string>()
  for (const a of view.visibleOn(fromMs, Math.max(fromMs, toMs), [id]).arrows) {
    if (a.sentAt > toMs) continue
    const other = a.from === id ? a.to : a.from
    if (nodes.has(other)) peers.add(other)
  }
  return peers
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

function runModel(s: AppState, w: TimeWindow, lanes: ArrangedLanes): DiagramModel {
  const causal = s.causalEvent === null ? null : s.timeline.causalView()
  return {
    view: s.timeline.spacetime(),
    fromMs: w.fromMs,
    toMs: w.fromMs + w.spanMs,
    cursorMs: s.cursor,
    lanes: lanes.lanes,
    labels: lanes.labels,
    pinned: lanes.pinned,
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
