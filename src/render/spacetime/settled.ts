/**
 * What of the diagram stays put while the cursor moves on through one window: every
 * message that has arrived (or was lost) and every mark. While following, the window
 * holds still between page turns, so the renderer keeps these drawn in layers and adds
 * only what settled since the last frame; messages still in flight, bands that grow with
 * the cursor, and the cursor itself are drawn anew each frame. Stroking every arrow in
 * every frame cost most of a frame's time in playback.
 *
 * Pure: the plan says what to add, and when to start the layers again from clear.
 */

import type { ArrowShape, Layout, MarkShape } from './geometry'
import type { Emphasis } from './draw'
import type { Palette } from './palette'

/** A count and an order-free hash of the shapes a layer holds. */
interface Digest {
  readonly count: number
  readonly hash: number
}

/** What the layers hold: drawn for this key, up to this cursor. */
export interface SettledLayers {
  readonly key: string
  readonly cursorMs: number
  readonly arrows: Digest
  readonly marks: Digest
}

export interface SettledPlan {
  /** Clear the layers and draw these; otherwise add these to what they hold. */
  readonly fresh: boolean
  readonly arrows: readonly ArrowShape[]
  readonly marks: readonly MarkShape[]
  /** Messages in flight at the cursor: drawn in every frame, over the settled ones. */
  readonly flying: readonly ArrowShape[]
  readonly next: SettledLayers
}

/**
 * Splits a layout into what the layers already hold, what they need added, and what
 * is in flight. The layers are reused only for the same key, a cursor that did not go
 * back, and the same settled shapes before the last cursor (a branch changes only what
 * comes after the cursor; an undo or another run changes the past, and starts afresh).
 */
export function planSettled(prev: SettledLayers | null, l: Layout, key: string): SettledPlan {
  const now = l.frame.cursorMs
  const since = prev !== null && prev.key === key && now >= prev.cursorMs ? prev.cursorMs : null
  const flying: ArrowShape[] = []
  const allArrows: ArrowShape[] = []
  const newArrows: ArrowShape[] = []
  let held = { count: 0, hash: 0 }
  let added = { count: 0, hash: 0 }
  for (const a of l.arrows) {
    if (a.end === 'flying') {
      flying.push(a)
      continue
    }
    allArrows.push(a)
    // Settled arrows have arrived by the cursor: arrivedAt is set.
    if (since !== null && a.arrow.arrivedAt! <= since) held = add(held, arrowHash(a))
    else {
      newArrows.push(a)
      added = add(added, arrowHash(a))
    }
  }
  let heldMarks = { count: 0, hash: 0 }
  let addedMarks = { count: 0, hash: 0 }
  const newMarks: MarkShape[] = []
  for (const m of l.marks) {
    if (since !== null && m.mark.at <= since) heldMarks = add(heldMarks, markHash(m))
    else {
      newMarks.push(m)
      addedMarks = add(addedMarks, markHash(m))
    }
  }
  const arrows = add(held, added.hash, added.count)
  const marks = add(heldMarks, addedMarks.hash, addedMarks.count)
  const next = { key, cursorMs: now, arrows, marks }
  if (since !== null && same(held, prev!.arrows) && same(heldMarks, prev!.marks)) {
    return { fresh: false, arrows: newArrows, marks: newMarks, flying, next }
  }
  return { fresh: true, arrows: allArrows, marks: l.marks, flying, next }
}

/**
 * Everything besides the shapes that the layers' pixels depend on: the canvas, the
 * window and lanes, the colours, the picked event's causal cuts, whether arrowheads are
 * drawn, and where lanes are cut out (nodes outside the cluster).
 */
export function settledKey(
  l: Layout,
  palette: Palette,
  e: Emphasis,
  pixelRatio: number,
  detail: boolean,
): string {
  const f = l.frame
  const rows = f.rows ?? null
  const outside = l.bands
    .filter((b) => b.kind === 'outside')
    .map((b) => `${b.lane}:${b.x1}:${b.x2}`)
    .join()
  return [
    f.width,
    f.height,
    pixelRatio,
    f.gutterPx,
    f.fromMs,
    f.toMs,
    idOf(f.lanes),
    f.otherLane,
    f.pinned ?? 0,
    rows === null ? '' : `${rows.first}-${rows.end}@${rows.scrollPx}/${rows.laneHeightPx}`,
    idOf(palette),
    e.picked,
    idOf(e.past),
    idOf(e.future),
    detail,
    outside,
  ].join('|')
}

const ids = new WeakMap<object, number>()
let lastId = 0

/** A number for an object, the same for as long as it lives: its identity, in a key. */
function idOf(o: object | null): number {
  if (o === null) return 0
  let id = ids.get(o)
  if (id === undefined) {
    id = ++lastId
    ids.set(o, id)
  }
  return id
}

function add(d: Digest, hash: number, count = 1): Digest {
  return { count: d.count + count, hash: (d.hash + hash) | 0 }
}

function same(a: Digest, b: Digest): boolean {
  return a.count === b.count && a.hash === b.hash
}

/** Positions to 1/16 px: a shape that moves by less is drawn the same. */
const q = (x: number) => Math.round(x * 16)

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, 0x9e3779b1) ^ (h >>> 15)
}

/** What decides how an arrow is drawn: where, which message, and its look. */
function arrowHash(s: ArrowShape): number {
  const a = s.arrow
  let h = mix(0x2545f491, a.id)
  h = mix(h, q(s.x1))
  h = mix(h, q(s.y1))
  h = mix(h, q(s.x2))
  h = mix(h, q(s.y2))
  h = mix(h, (s.end === 'dropped' ? 1 : 0) | (a.delayed ? 2 : 0) | (a.duplicate ? 4 : 0))
  return mix(h, textHash(a.kind))
}

function markHash(m: MarkShape): number {
  let h = mix(0x68e31da4, m.mark.eventIndex)
  h = mix(h, q(m.x))
  h = mix(h, q(m.y))
  return mix(h, textHash(m.kind))
}

/** Message kinds and mark kinds are few: each is hashed once. */
const textHashes = new Map<string, number>()

function textHash(text: string): number {
  let h = textHashes.get(text)
  if (h === undefined) {
    h = 0x811c9dc5
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    if (textHashes.size < 256) textHashes.set(text, h)
  }
  return h
}
