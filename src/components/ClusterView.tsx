/**
 * The cluster graph: React owns the box; the D3 renderer owns what is inside it. The model
 * is recomputed and handed over on every store change (every frame while playing),
 * without going through React.
 */

import { useEffect, useRef, useState } from 'react'
import { createGraphRenderer, type GraphRenderer } from '../render/graph'
import { graphModelOf } from '../store/graph-model'
import { useAppStoreApi } from '../store/context'
import { standaloneSvg, svgToPng } from '../render/export-image'
import { downloadBlob } from './download'
import { RecordButton } from './RecordDialog'
import { ClusterActions } from './ClusterActions'
import { t } from '../i18n'

/**
 * Which controls sit in the graph's corner: `full` (Cut, Join a node where nodes may come
 * and go, Fit, SVG, PNG, Record), or `view`
 * (Fit only), for an embed small enough to sit in a slide.
 */
export type GraphTools = 'full' | 'view'

export function ClusterView({ tools = 'full' }: { tools?: GraphTools }) {
  const store = useAppStoreApi()
  const el = useRef<HTMLDivElement>(null)
  const renderer = useRef<GraphRenderer | null>(null)
  const [cutting, setCutting] = useState(false)

  useEffect(() => {
    const graph = createGraphRenderer({
      el: el.current!,
      callbacks: {
        onSelectNode: (id) => store.getState().select({ kind: 'node', id }),
        onSelectMessage: (id) => store.getState().select({ kind: 'message', id }),
        onHoverMessage: (id) => store.getState().hoverMessage(id),
        onNodeMenu: (id) => store.getState().openNodeMenu(id),
        onDragNode: (id, to) => store.getState().dragNode(id, to),
        // The same intervention as the Network panel's Partition button; an embed only watches.
        ...(tools === 'full' && {
          onCut: (groups: string[][]) => store.getState().act({ type: 'partition', groups }),
        }),
      },
    })
    renderer.current = graph
    graph.update(graphModelOf(store.getState()))
    const unsubscribe = store.subscribe((s) => graph.update(graphModelOf(s)))
    return () => {
      unsubscribe()
      graph.destroy()
      renderer.current = null
    }
  }, [store, tools])

  useEffect(() => renderer.current?.setCutMode(cutting), [cutting])

  /** The graph as it is on screen, as a file: `svg`, or a `png` twice its size. */
  const save = async (kind: 'svg' | 'png') => {
    const svg = el.current?.querySelector('svg')
    if (svg === null || svg === undefined) return
    // The whole graph, however the view is panned and zoomed.
    const background = getComputedStyle(document.body).backgroundColor
    const copy = () => standaloneSvg(svg, background)
    const text = renderer.current?.unzoomed(copy) ?? copy()
    const blob = kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text)
    downloadBlob(blob, `clusterscope-graph-${Math.round(store.getState().cursor)}ms.${kind}`)
  }

  return (
    <div className="cluster-frame">
      <div className="cluster-view" ref={el} />
      <div className="graph-tools" role="group" aria-label={t('graph.view')}>
        {tools === 'full' && (
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
        <button type="button" title={t('graph.fitTitle')} onClick={() => renderer.current?.fit()}>
          {t('graph.fit')}
        </button>
      </div>
      {tools === 'full' && (
        <div className="graph-save" role="group" aria-label={t('graph.save')}>
          <button type="button" aria-label={t('graph.saveSvg')} onClick={() => void save('svg')}>
            SVG
          </button>
          <button type="button" aria-label={t('graph.savePng')} onClick={() => void save('png')}>
            PNG
          </button>
          <RecordButton graph={() => el.current?.querySelector('svg') ?? null} />
        </div>
      )}
    </div>
  )
}
