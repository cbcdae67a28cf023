/**
 * The cluster graph: React owns the box; the D3 renderer owns what is inside it. The model
 * is recomputed and handed over on every store change (every frame while playing),
 * without going through React.
 */

import { useEffect, useRef } from 'react'
import { createGraphRenderer } from '../render/graph'
import { graphModelOf } from '../store/graph-model'
import { useAppStoreApi } from '../store/context'

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
          document.querySelector<HTMLElement>('.node-actions button:not([disabled])')?.focus()
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

  return <div className="cluster-view" ref={el} />
}
