/** What the cluster view shows of each node, derived from the world at the cursor. */

import { epochText, roleLook } from '../protocols/epoch'
import type { SimContext } from '../sim/context'
import type { RoleLook } from '../sim/protocol'
import type { World } from '../sim/world'
import { LEFT } from '../timeline/roles'

export interface NodeView {
  readonly id: string
  readonly up: boolean
  /** In the cluster: joined and not left (up or crashed). */
  readonly member: boolean
  readonly role: string
  /** What the role is to the shared views (the protocol's spec says), for how it is drawn. */
  readonly look: RoleLook
  readonly term: number | null
  /** The term as the protocol names and writes it (`term 3`, `ballot 3.1`); null when none. */
  readonly epoch: string | null
  readonly commit: number | null
  /** The accessible name (DESIGN.md): `n1: leader, term 3`, `n4: crashed`, `n6: left`. */
  readonly label: string
}

/** `n1: leader, term 3`, `n2: acceptor, ballot 3.1`, `n3: primary`, `n4: crashed`. */
export function nodeLabel(id: string, up: boolean, role: string, epoch: string | null): string {
  if (role === LEFT) return `${id}: ${LEFT}`
  if (!up) return `${id}: crashed`
  return epoch === null ? `${id}: ${role}` : `${id}: ${role}, ${epoch}`
}

/**
 * Every node that has joined by the cursor (the nodes a run starts with, then those whose
 * `join` came), a node that left among them as `left`; a node yet to join is not listed.
 * Reuses the previous view of a node when nothing shown has changed, so memoised parts skip,
 * and the previous list itself when no view changed: a view that reads `nodes` then does not
 * re-render every frame of a 1,000-node run in which nobody's role moved.
 */
export function nodeViews(
  ctx: SimContext,
  w: World,
  previous: readonly NodeView[],
): readonly NodeView[] {
  const spec = ctx.protocol.spec
  const count = w.nextJoin
  const out: NodeView[] = []
  let changed = previous.length !== count
  for (let i = 0; i < count; i++) {
    const n = w.nodes[i]!
    const member = n.absent !== true
    const view = n.up ? ctx.protocol.view(n.state) : null
    const role = member ? (view?.role ?? 'crashed') : LEFT
    const term = view?.term ?? null
    const commit = view?.commit ?? null
    const old = previous[i]
    if (old && old.up === n.up && old.role === role && old.term === term && old.commit === commit) {
      out.push(old)
      continue
    }
    changed = true
    const epoch = term === null ? null : epochText(spec, term)
    const look = roleLook(spec, role)
    const label = nodeLabel(n.id, n.up, role, epoch)
    out.push({ id: n.id, up: n.up, member, role, look, term, epoch, commit, label })
  }
  return changed ? out : previous
}
