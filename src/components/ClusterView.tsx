/**
 * The cluster graph: React owns the box; a renderer owns what is inside it. The model is
 * recomputed and handed over on every store change (every frame while playing), without
 * going through React. Up to LARGE_GRAPH_NODES nodes it is the D3 SVG graph, with every
 * node's details; above, the canvas graph (render/large-graph.ts), which draws a thousand
 * nodes at full frame rate with the same node names, selection and actions.
 */

import { useEffect, useRef, useState } from 'react'
import { createGraphRenderer, type GraphRenderer } from '../render/graph'
import {
  createLargeGraphRenderer,
  isLargeCluster,
  type LargeGraphRenderer,
} from '../render/large-graph'
import { largeGraphModelOf } from '../render/large-graph-model'
import type { GraphCallbacks } from '../render/model'
import { graphModelOf } from '../store/graph-model'
import { useAppStore, useAppStoreApi } from '../store/context'
import type { AppState, AppStore } from '../store/app-store'
import { standaloneSvg, svgToPng } from '../render/export-image'
import { downloadBlob } from './download'
import { drawOnChange } from './draw-on-change'
import { RecordButton } from './RecordDialog'
import { ClusterActions } from './ClusterActions'
import { t } from '../i18n'

/**
 * Which controls sit in the graph's corner: `full` (Cut, Join a node where nodes may come
 * and go, Fit, SVG, PNG, Record), or `view`
 * (Fit only), for an embed small enough to sit in a slide.
 */
export type GraphTools = 'full' | 'view'

/** Whether the run has too many nodes for the SVG graph (counting nodes yet to join). */
const largeSelector = (s: AppState) => isLargeCluster(s.world.nodes.length)

function graphCallbacks(store: AppStore, tools: GraphTools): GraphCallbacks {
  return {
    onSelectNode: (id) => store.getState().select({ kind: 'node', id }),
    onSelectMessage: (id) => store.getState().select({ kind: 'message', id }),
    onHoverMessage: (id) => store.getState().hoverMessage(id),
    onNodeMenu: (id) => store.getState().openNodeMenu(id),
    onDragNode: (id, to) => store.getState().dragNode(id, to),
    // The same intervention as the Network panel's Partition button; an embed only watches.
    ...(tools === 'full' && {
      onCut: (groups: string[][]) => store.getState().act({ type: 'partition', groups }),
    }),
  }
}

/** How much of the graph's bottom right corner its tools take, in px. */
function toolsCorner(view: HTMLElement | null): { width: number; height: number } {
  const frame = view?.parentElement
  if (view === null || frame === null || frame === undefined) return { width: 0, height: 0 }
  const box = view.getBoundingClientRect()
  let left = box.right
  let top = box.bottom
  for (const tools of frame.querySelectorAll('.graph-tools, .graph-save')) {
    const r = tools.getBoundingClientRect()
    if (r.width === 0) continue
    left = Math.min(left, r.left)
    top = Math.min(top, r.top)
  }
  return { width: Math.max(0, box.right - left), height: Math.max(0, box.bottom - top) }
}

export function ClusterView({ tools = 'full' }: { tools?: GraphTools }) {
  const store = useAppStoreApi()
  const large = useAppStore(largeSelector)
  const el = useRef<HTMLDivElement>(null)
  const renderer = useRef<GraphRenderer | null>(null)
  const largeRenderer = useRef<LargeGraphRenderer | null>(null)
  const [cutting, setCutting] = useState(false)

  useEffect(() => {
    const callbacks = graphCallbacks(store, tools)
    if (large) {
      const graph = createLargeGraphRenderer({
        el: el.current!,
        callbacks,
        corner: () => toolsCorner(el.current),
      })
      largeRenderer.current = graph
      graph.update(largeGraphModelOf(store.getState()))
      const unsubscribe = drawOnChange(store, (s) => {
        // A run small enough for the SVG graph waits for the switch to it.
        if (isLargeCluster(s.world.nodes.length)) graph.update(largeGraphModelOf(s))
      })
      return () => {
        unsubscribe()
        graph.destroy()
        largeRenderer.current = null
      }
    }
    const graph = createGraphRenderer({ el: el.current!, callbacks })
    renderer.current = graph
    graph.update(graphModelOf(store.getState()))
    const unsubscribe = drawOnChange(store, (s) => {
      // A run too large for SVG (a link or a gallery story just opened) waits for the canvas.
      if (!isLargeCluster(s.world.nodes.length)) graph.update(graphModelOf(s))
    })
    return () => {
      unsubscribe()
      graph.destroy()
      renderer.current = null
    }
  }, [store, tools, large])

  useEffect(() => renderer.current?.setCutMode(cutting), [cutting])

  /** The graph as it is on screen, as a file: `svg`, or a `png` twice its size. */
  const save = async (kind: 'svg' | 'png') => {
    const name = `clusterscope-graph-${Math.round(store.getState().cursor)}ms.${kind}`
    const picture = largeRenderer.current?.picture(2)
    if (picture !== undefined) {
      const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'))
      if (blob !== null) downloadBlob(blob, name)
      return
    }
    const svg = el.current?.querySelector('svg')
    if (svg === null || svg === undefined) return
    // The whole graph, however the view is panned and zoomed.
    const background = getComputedStyle(document.body).backgroundColor
    const copy = () => standaloneSvg(svg, background)
    const text = renderer.current?.unzoomed(copy) ?? copy()
    const blob = kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text)
    downloadBlob(blob, name)
  }

  const fit = () => {
    renderer.current?.fit()
    largeRenderer.current?.fit()
  }

  return (
    <div className="cluster-frame">
      <div className="cluster-view" ref={el} />
      <div className="graph-tools" role="group" aria-label={t('graph.view')}>
        {tools === 'full' && !large && (
          <button
            type="button"
            aria-pressed={cutting}
            title={t('graph.cutTitle')}
            onClick={() => setCutting(!cutting)}
          >
            {t('graph.cut')}
          </button>
        )}
        {tools === 'full' && <ClusterActions />}
        <button type="button" title={t('graph.fitTitle')} onClick={fit}>
          {t('graph.fit')}
        </button>
      </div>
      {tools === 'full' && (
        <div className="graph-save" role="group" aria-label={t('graph.save')}>
          {/* A canvas has no SVG to save or record; its picture saves as PNG. */}
          {!large && (
            <button type="button" aria-label={t('graph.saveSvg')} onClick={() => void save('svg')}>
              SVG
            </button>
          )}
          <button type="button" aria-label={t('graph.savePng')} onClick={() => void save('png')}>
            PNG
          </button>
          {!large && <RecordButton graph={() => el.current?.querySelector('svg') ?? null} />}
        </div>
      )}
    </div>
  )
}
