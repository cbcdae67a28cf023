/**
 * Where the nodes of a large cluster go, as plain numbers (lay out first, then draw). A
 * cluster that fits on one circle with nodes big enough to read gets that circle; more
 * nodes fill concentric rings, evenly spaced; when rings would leave nodes too small for
 * the box (a wide box and hundreds of nodes), a grid in id order, in blocks of ten by ten,
 * fills it instead. Node slot i is node n(i + 1) everywhere.
 */

export type LayoutKind = 'circle' | 'rings' | 'grid'

/** Free room around the drawing, in CSS px: the legend's column, the tools' corner. */
export interface Insets {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/** An id written next to its node: a row's first node in a grid, every k-th on a circle. */
export interface LayoutLabel {
  readonly slot: number
  readonly x: number
  readonly y: number
  readonly align: 'left' | 'right' | 'center'
}

export interface LargeLayout {
  readonly kind: LayoutKind
  readonly count: number
  readonly width: number
  readonly height: number
  /** Node centres by slot, in CSS px of the drawing. */
  readonly x: Float64Array
  readonly y: Float64Array
  /** The radius every node is drawn with. */
  readonly radius: number
  /** Centre-to-centre distance of neighbours: how far a click may miss and still hit. */
  readonly spacing: number
  /** A grid's columns (0 otherwise): the arrow keys move a row by this many slots. */
  readonly columns: number
  readonly labels: readonly LayoutLabel[]
  /** Where messages from and to clients outside the cluster start and end. */
  readonly clientAnchor: { readonly x: number; readonly y: number }
  /** The centre of a circle or of rings (ids are written outside, tags go inwards); null in a grid. */
  readonly centre: { readonly x: number; readonly y: number } | null
}

/** Biggest a node gets, and how much of its spacing it takes. */
export const MAX_RADIUS_PX = 12
const FILL = 0.4
/** Below this radius rings give way to a grid when the grid's nodes are bigger. */
const RING_MIN_RADIUS_PX = 7
/** Room for an id label outside a circle or left of a row. */
const LABEL_ROOM_PX = 26
/** Ids need this many px between them, along a circle or down a grid's rows. */
const LABEL_GAP_PX = 26
const ROW_LABEL_GAP_PX = 13

export const NO_INSETS: Insets = { left: 0, top: 0, right: 0, bottom: 0 }

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Clients stand outside the cluster: their messages come from the top right corner. */
const clientAnchor = (width: number) => ({ x: width - 40, y: 16 })

function innerBox(width: number, height: number, insets: Insets): Box {
  return {
    x: insets.left,
    y: insets.top,
    width: Math.max(1, width - insets.left - insets.right),
    height: Math.max(1, height - insets.top - insets.bottom),
  }
}

/** The steps labels may take: every node, every 2nd, 5th, 10th, 20th, 50th, … */
export function labelStep(spacing: number, gap: number): number {
  for (let step = 1; ; step *= 10) {
    for (const k of [1, 2, 5]) if (spacing * step * k >= gap) return step * k
  }
}

/**
 * Arc length kept free at 12 o'clock on every ring of several, at centre spacing s: each
 * ring's first id goes there, clear of the nodes on both sides.
 */
const spokeOf = (s: number) => 24 + s

/** How many nodes a ring of radius r takes at centre spacing s (leaving the spoke free). */
function ringCapacity(r: number, s: number, spoke: number): number {
  const free = 2 * Math.PI * r - spoke
  return free < 0 ? 0 : spoke === 0 ? Math.floor(free / s) : Math.floor(free / s) + 1
}

/** How many nodes each ring takes, outermost first, at centre spacing `s`. */
function ringCapacities(outer: number, s: number): number[] {
  const out: number[] = []
  for (let r = outer; r >= s * 0.75; r -= s) out.push(ringCapacity(r, s, spokeOf(s)))
  return out
}

/** The widest spacing at which rings inside radius `outer` hold `count` nodes. */
function ringSpacing(count: number, outer: number): number {
  let lo = 0.5
  let hi = Math.max(1, outer)
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2
    const held = ringCapacities(outer, mid).reduce((a, b) => a + b, 0)
    if (held >= count) lo = mid
    else hi = mid
  }
  return lo
}

/** Nodes spread over the rings in proportion to their length, so spacing stays even. */
function ringShares(count: number, capacities: readonly number[]): number[] {
  const total = capacities.reduce((a, b) => a + b, 0)
  const shares = capacities.map((c) => Math.min(c, Math.floor((count * c) / total)))
  let left = count - shares.reduce((a, b) => a + b, 0)
  for (let i = 0; left > 0; i = (i + 1) % shares.length) {
    if (shares[i]! < capacities[i]!) {
      shares[i]!++
      left--
    }
  }
  return shares.filter((s) => s > 0)
}

/** The angle of the k-th of n nodes on a ring of radius r, clockwise from 12 o'clock. */
function ringAngle(k: number, n: number, r: number, spoke: number): number {
  if (spoke === 0 || n === 1) return -Math.PI / 2 + (2 * Math.PI * k) / n
  const gap = spoke / r
  return -Math.PI / 2 + gap / 2 + ((2 * Math.PI - gap) * k) / (n - 1)
}

function ringsLayout(count: number, width: number, height: number, box: Box): LargeLayout {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const outer = Math.max(1, Math.min(box.width, box.height) / 2 - LABEL_ROOM_PX)
  const single = count <= 1 ? outer : (2 * Math.PI * outer) / count
  const circle = single * FILL >= RING_MIN_RADIUS_PX || count <= 3
  const spacing = circle ? single : ringSpacing(count, outer)
  const shares = circle ? [count] : ringShares(count, ringCapacities(outer, spacing))
  const spoke = circle ? 0 : spokeOf(spacing)
  const radius = Math.min(MAX_RADIUS_PX, spacing * FILL)
  const x = new Float64Array(count)
  const y = new Float64Array(count)
  const labels: LayoutLabel[] = []
  let slot = 0
  shares.forEach((n, ring) => {
    const r = count === 1 ? 0 : outer - ring * spacing
    // On rings, each ring's first id sits in the spoke, just before its first node.
    if (spoke > 0) labels.push({ slot, x: cx, y: cy - r, align: 'center' })
    for (let k = 0; k < n; k++, slot++) {
      const angle = ringAngle(k, n, r, spoke)
      x[slot] = cx + r * Math.cos(angle)
      y[slot] = cy + r * Math.sin(angle)
    }
  })
  // Ids around the outside, every k-th node (the first one is in the spoke on rings).
  const n0 = shares[0]!
  const step = labelStep((2 * Math.PI * outer) / n0, LABEL_GAP_PX)
  for (let k = spoke > 0 ? step : 0; k < n0; k += step) {
    const angle = ringAngle(k, n0, outer, spoke)
    const d = outer + radius + 11
    const side = Math.cos(angle)
    const align = Math.abs(side) < 0.3 ? 'center' : side > 0 ? 'left' : 'right'
    labels.push({ slot: k, x: cx + d * side, y: cy + d * Math.sin(angle), align })
  }
  return {
    kind: circle ? 'circle' : 'rings',
    count,
    width,
    height,
    x,
    y,
    radius,
    spacing,
    columns: 0,
    labels,
    clientAnchor: clientAnchor(width),
    centre: { x: cx, y: cy },
  }
}

/** A gap of this many spacings after every tenth column and row, so counting stays easy. */
const BLOCK_GAP = 0.4

/** Positions along one axis: `n` slots, a gap after every tenth when there are over ten. */
function blockOffsets(n: number, spacing: number): Float64Array {
  const gap = n > 10 ? spacing * BLOCK_GAP : 0
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) out[i] = i * spacing + Math.floor(i / 10) * gap
  return out
}

/** How many spacings `n` slots take along an axis, gaps included. */
function blockSpan(n: number): number {
  return n + (n > 10 ? Math.floor((n - 1) / 10) * BLOCK_GAP : 0)
}

function gridSpacing(count: number, columns: number, box: Box): number {
  const rows = Math.ceil(count / columns)
  return Math.min(box.width / blockSpan(columns), box.height / blockSpan(rows))
}

/** Columns: a multiple of ten when there are that many, so a row starts at n1, n41, n81, … */
function gridColumns(count: number, box: Box): number {
  const ideal = Math.sqrt((count * box.width) / box.height)
  if (ideal < 10) return Math.max(1, Math.min(count, Math.round(ideal)))
  const tens = [Math.floor(ideal / 10) * 10, Math.ceil(ideal / 10) * 10].filter((c) => c > 0)
  // Of the two nearest multiples of ten, the one that gives bigger nodes.
  return tens.reduce((best, c) =>
    gridSpacing(count, c, box) > gridSpacing(count, best, box) ? c : best,
  )
}

function gridLayout(count: number, width: number, height: number, box: Box): LargeLayout {
  const columns = gridColumns(count, box)
  const rows = Math.ceil(count / columns)
  const spacing = gridSpacing(count, columns, box)
  const xs = blockOffsets(columns, spacing)
  const ys = blockOffsets(rows, spacing)
  // Centred in the box.
  const left = box.x + (box.width - spacing * blockSpan(columns)) / 2 + spacing / 2
  const top = box.y + (box.height - spacing * blockSpan(rows)) / 2 + spacing / 2
  const x = new Float64Array(count)
  const y = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    x[i] = left + xs[i % columns]!
    y[i] = top + ys[Math.floor(i / columns)]!
  }
  const radius = Math.min(MAX_RADIUS_PX, spacing * FILL)
  const labels: LayoutLabel[] = []
  const step = labelStep(spacing, ROW_LABEL_GAP_PX)
  for (let row = 0; row < rows; row += step) {
    const slot = row * columns
    labels.push({ slot, x: left - radius - 4, y: y[slot]!, align: 'right' })
  }
  return {
    kind: 'grid',
    count,
    width,
    height,
    x,
    y,
    radius,
    spacing,
    columns,
    labels,
    clientAnchor: clientAnchor(width),
    centre: null,
  }
}

/** The corner the graph's tools take, bottom right: nothing is laid out under them. */
export interface Corner {
  readonly width: number
  readonly height: number
}

/** Whether a node or an id of `l` reaches into the bottom right `corner`. */
function overlapsCorner(l: LargeLayout, corner: Corner): boolean {
  if (corner.width <= 0 || corner.height <= 0) return false
  const left = l.width - corner.width
  const top = l.height - corner.height
  const reach = l.radius + 2
  for (let i = 0; i < l.count; i++) {
    if (l.x[i]! + reach > left && l.y[i]! + reach > top) return true
  }
  // An id is at most about 30 px wide and 12 px tall.
  return l.labels.some((b) => b.x + 30 > left && b.y + 6 > top)
}

/**
 * Lays out `count` node slots in a `width` × `height` drawing, keeping out of `insets` and
 * the tools' `corner`. Rings while their nodes stay readable; a grid when that gives
 * clearly bigger nodes.
 */
export function largeLayout(
  count: number,
  width: number,
  height: number,
  insets: Insets = NO_INSETS,
  corner: Corner = { width: 0, height: 0 },
): LargeLayout {
  const above = { ...insets, bottom: insets.bottom + corner.height }
  let rings = ringsLayout(count, width, height, innerBox(width, height, insets))
  if (overlapsCorner(rings, corner)) {
    rings = ringsLayout(count, width, height, innerBox(width, height, above))
  }
  if (rings.kind === 'circle' || rings.radius >= RING_MIN_RADIUS_PX) return rings
  const left = { ...above, left: above.left + LABEL_ROOM_PX }
  const grid = gridLayout(count, width, height, innerBox(width, height, left))
  return grid.radius > rings.radius * 1.15 ? grid : rings
}
