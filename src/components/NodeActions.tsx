/**
 * The selected node's action menu: Crash, Restart, Force timeout, Isolate. Opens when a
 * node is clicked (or chosen with the keyboard); each action becomes a scenario input.
 */

import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => {
  const id = s.selection?.kind === 'node' ? s.selection.id : null
  const node = s.nodes.find((n) => n.id === id) ?? null
  return { node, act: s.act, select: s.select }
}

export function NodeActions() {
  const { node, act, select } = useAppStore(selector)
  if (node === null) {
    return (
      <section className="panel node-actions" aria-label="Node actions">
        <p className="hint">
          Click a node (or press 1–9) to crash, restart, time out or isolate it.
        </p>
      </section>
    )
  }
  return (
    <section className="panel node-actions" aria-labelledby="node-actions-title">
      <h2 id="node-actions-title">
        {node.label}
        <button
          type="button"
          className="close"
          aria-label="Close node menu"
          onClick={() => select(null)}
        >
          ×
        </button>
      </h2>
      <div className="actions" role="group" aria-label={`Actions for ${node.id}`}>
        <button
          type="button"
          disabled={!node.up}
          onClick={() => act({ type: 'crash', node: node.id })}
          title="C"
        >
          Crash
        </button>
        <button
          type="button"
          disabled={node.up}
          onClick={() => act({ type: 'restart', node: node.id })}
          title="R"
        >
          Restart
        </button>
        <button
          type="button"
          disabled={!node.up}
          onClick={() => act({ type: 'timeout', node: node.id })}
          title="T"
        >
          Force timeout
        </button>
        <button
          type="button"
          onClick={() => act({ type: 'partition', groups: [[node.id]] })}
          title="I: cut this node off from all others"
        >
          Isolate
        </button>
      </div>
    </section>
  )
}
