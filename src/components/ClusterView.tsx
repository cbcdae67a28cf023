/**
 * The cluster graph: React owns the box; the D3 renderer owns what is inside it. The model
 * is recomputed and handed over on every store change (every frame while playing),
 * without going through React.
 */

import { useEffect, useRef } from 'react'
import { createGraphRenderer } from '../render/graph'
import { graphModelOf } from '../store/graph-model'
import { useAppStoreApi } from '../store/context'
import { standaloneSvg, svgToPng } from '../render/export-image'
import { downloadBlob } from './download'
import { RecordButton } from './RecordDialog'

export function ClusterView() {
  const store = useAppStoreApi()
  const el = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const renderer = createGraphRenderer({
      el: el.current!,
      callbacks: {
        onSelectNode: (id) => store.getState().select({ kind: 'node', id }),
        onSelectMessage: (id) => store.getState().select({ kind: 'message', id }),
        onHoverMessage: (id) => store.getState().hoverMessage(id),
        onNodeMenu: (id) => {
          store.getState().select({ kind: 'node', id })
          // The node's tab draws its actions on the next render: focus them once it has.
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('.node-actions button:not([disabled])')?.focus(),
          )
        },
        onDragNode: (id, to) => store.getState().dragNode(id, to),
      },
    })
    renderer.update(graphModelOf(store.getState()))
    const unsubscribe = store.subscribe((s) => renderer.update(graphModelOf(s)))
    return () => {
      unsubscribe()
      renderer.destroy()
    }
  }, [store])

  /** The graph as it is on screen, as a file: `svg`, or a `png` twice its size. */
  const save = async (kind: 'svg' | 'png') => {
    const svg = el.current?.querySelector('svg')
    if (svg === null || svg === undefined) return
    const text = standaloneSvg(svg, getComputedStyle(document.body).backgroundColor)
    const blob = kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text)
    downloadBlob(blob, `clusterscope-graph-${Math.round(store.getState().cursor)}ms.${kind}`)
  }

  return (
    <div className="cluster-frame">
      <div className="cluster-view" ref={el} />
      <div className="graph-save" role="group" aria-label="Save the graph">
        <button type="button" aria-label="Save the graph as SVG" onClick={() => void save('svg')}>
          SVG
        </button>
        <button type="button" aria-label="Save the graph as PNG" onClick={() => void save('png')}>
          PNG
        </button>
        <RecordButton graph={() => el.current?.querySelector('svg') ?? null} />
      </div>
    </div>
  )
}
