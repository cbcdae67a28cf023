/**
 * A consistent-hash ring with virtual nodes, as Dynamo places keys (Karger et al. 1997;
 * DeCandia et al. 2007, §4.2). Each node owns `vnodes` tokens at pseudo-random points of a
 * 32-bit ring; a key belongs to the first token clockwise from its own point, and its
 * preference list is the first `n` distinct nodes met going on clockwise. A node that
 * joins takes over only the arcs just before its own tokens, so about K/(N+1) of K keys
 * move, where `hash mod N` moves almost all of them. Pure and deterministic: positions are
 * hashes of names, never draws from a generator.
 */

import { hashString, mix32 } from '../../sim/hash'

/** Points on the ring run from 0 to 2^32 - 1. */
export const RING_POINTS = 2 ** 32

export interface Token {
  /** Where the token sits on the ring. */
  readonly point: number
  readonly node: string
  /** Which of the node's virtual nodes this is, from 0. */
  readonly vnode: number
}

export interface Ring {
  /** Every token, in ring order (ties, vanishingly rare, broken by node, then vnode). */
  readonly tokens: readonly Token[]
  /** The nodes on the ring, in the order they were added. */
  readonly nodes: readonly string[]
}

/** A key's point on the ring. */
export function keyPoint(key: string): number {
  return mix32(hashString(key))
}

/** Where virtual node `vnode` of `node` sits: a hash of both, so it never depends on others. */
export function tokenPoint(node: string, vnode: number): number {
  return mix32(hashString(`${node}#${vnode}`))
}

function byPoint(a: Token, b: Token): number {
  if (a.point !== b.point) return a.point - b.point
  if (a.node !== b.node) return a.node < b.node ? -1 : 1
  return a.vnode - b.vnode
}

export function createRing(nodes: readonly string[], vnodes: number): Ring {
  if (!Number.isInteger(vnodes) || vnodes < 1) {
    throw new RangeError(`vnodes must be a whole number from 1, not ${vnodes}`)
  }
  const tokens = nodes.flatMap((node) =>
    Array.from({ length: vnodes }, (_, vnode) => ({ point: tokenPoint(node, vnode), node, vnode })),
  )
  return { tokens: tokens.sort(byPoint), nodes: [...nodes] }
}

/** The ring with `node` added (its `vnodes` tokens placed); the others' tokens stay put. */
export function joinRing(ring: Ring, node: string, vnodes: number): Ring {
  if (ring.nodes.includes(node)) return ring
  return createRing([...ring.nodes, node], vnodes)
}

/** The ring without `node`: its arcs fall to the next tokens clockwise. */
export function leaveRing(ring: Ring, node: string): Ring {
  return {
    tokens: ring.tokens.filter((t) => t.node !== node),
    nodes: ring.nodes.filter((n) => n !== node),
  }
}

/** Index of the first token at or clockwise after `point` (wrapping to the first). */
export function successorIndex(ring: Ring, point: number): number {
  const { tokens } = ring
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (tokens[mid]!.point < point) lo = mid + 1
    else hi = mid
  }
  return lo === tokens.length ? 0 : lo
}

/** The node that owns `key`: the first token's node clockwise from the key's point. */
export function ownerOf(ring: Ring, key: string): string {
  if (ring.tokens.length === 0) throw new RangeError('the ring has no nodes')
  return ring.tokens[successorIndex(ring, keyPoint(key))]!.node
}

/**
 * The key's preference list: the first `n` distinct nodes clockwise from its point (fewer
 * when the ring has fewer nodes). The first is the key's owner, its coordinator of choice.
 */
export function preferenceList(ring: Ring, key: string, n: number): string[] {
  const { tokens } = ring
  const want = Math.min(n, ring.nodes.length)
  const list: string[] = []
  if (tokens.length === 0) return list
  const start = successorIndex(ring, keyPoint(key))
  for (let i = 0; i < tokens.length && list.length < want; i++) {
    const node = tokens[(start + i) % tokens.length]!.node
    if (!list.includes(node)) list.push(node)
  }
  return list
}

/** An arc of the ring, from just after `from` up to and including `to`, and who owns it. */
export interface Arc {
  readonly from: number
  readonly to: number
  readonly node: string
}

/** The ring cut into arcs, each ending at a token; the first wraps round past zero. */
export function arcs(ring: Ring): Arc[] {
  const { tokens } = ring
  return tokens.map((t, i) => ({
    from: (i === 0 ? tokens[tokens.length - 1]! : tokens[i - 1]!).point,
    to: t.point,
    node: t.node,
  }))
}

/** The naive placement the ring improves on: key hash modulo the number of nodes. */
export function modNOwner(nodes: readonly string[], key: string): string {
  if (nodes.length === 0) throw new RangeError('no nodes')
  return nodes[keyPoint(key) % nodes.length]!
}

/** How many of `keys` have a different owner under `after` than under `before`. */
export function keysMoved(
  keys: readonly string[],
  before: (key: string) => string,
  after: (key: string) => string,
): number {
  let moved = 0
  for (const key of keys) if (before(key) !== after(key)) moved++
  return moved
}
