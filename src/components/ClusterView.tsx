/** The cluster graph: React owns the box, the D3 renderer owns what is inside it. */

import { useEffect, useRef, useState } from 'react'
import { createGraphRenderer, type GraphRenderer } from '../render/graph'
import { circleLayout } from '../render/layout'
import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'

const WIDTH = 640
const HEIGHT = 520

const selector = (s: AppState) => ({ nodes: s.nodes })

export function ClusterView() {
  const { nodes } = useAppStore(selector)
  const [selected, setSelected] = useState<string | null>(null)
  const el = useRef<HTMLDivElement>(null)
  const renderer = useRef<GraphRenderer | null>(null)

  useEffect(() => {
    const r = createGraphRenderer({
      el: el.current!,
      onSelect: (id) => setSelected((old) => (old === id ? null : id)),
    })
    renderer.current = r
    return () => {
      r.destroy()
      renderer.current = null
    }
  }, [])

  useEffect(() => {
    const positions = circleLayout(nodes.length, WIDTH, HEIGHT)
    renderer.current?.update({
      width: WIDTH,
      height: HEIGHT,
      selected,
      nodes: nodes.map((n, i) => ({ ...n, position: positions[i]! })),
    })
  }, [nodes, selected])

  return <div className="cluster-view" ref={el} />
}
