/** What the cluster view shows of each node, derived from the world at the cursor. */

import type { SimContext } from '../sim/context'
import type { World } from '../sim/world'

export interface NodeView {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly term: number | null
  readonly commit: number | null
  /** The accessible name (DESIGN.md): `n1: leader, term 3`, `n4: crashed`. */
  readonly label: string
}

export function nodeLabel(id: string, up: boolean, role: string, term: number | null): string {
  if (!up) return `${id}: crashed`
  return term === null ? `${id}: ${role}` : `${id}: ${role}, term ${term}`
}

/** Reuses the previous view of a node when nothing shown has changed, so memoised parts skip. */
export function nodeViews(ctx: SimContext, w: World, previous: readonly NodeView[]): NodeView[] {
  return w.nodes.map((n, i) => {
    const view = n.up ? ctx.protocol.view(n.state) : null
    const role = view?.role ?? 'crashed'
    const term = view?.term ?? null
    const commit = view?.commit ?? null
    const old = previous[i]
    if (old && old.up === n.up && old.role === role && old.term === term && old.commit === commit) {
      return old
    }
    return { id: n.id, up: n.up, role, term, commit, label: nodeLabel(n.id, n.up, role, term) }
  })
}
