/**
 * Which lanes the diagram shows, in what order, and which of them are in view. A handful
 * of lanes share the diagram's height, as always. When they would get thinner than
 * LANE_MIN_PX (a 1,000-node cluster) each gets LANE_PX and they scroll: the selected node
 * comes first, then the nodes it exchanged messages with in the window, then the rest by
 * id; a filter (`n7, n100-n120`) can narrow them to the ones the user names.
 */

/** Thinner than this, lanes stop sharing the height and scroll instead. */
export const LANE_MIN_PX = 10
/** A scrolling lane's height: a label and a mark fit in it. */
export const LANE_PX = 18

export interface LaneOrder {
  /** Lane ids, top to bottom. */
  readonly lanes: readonly string[]
  /** How many lanes at the top are the selected node and those it exchanged messages with. */
  readonly pinned: number
}

/**
 * `ids`: every lane in its own order (nodes by id, then the clients lane); `selected`: the
 * selected node, if it has a lane; `peers`: the lanes it exchanged messages with.
 */
export function orderLanes(
  ids: readonly string[],
  selected: string | null,
  peers: Iterable<string>,
  keep: ((id: string) => boolean) | null = null,
): LaneOrder {
  const shown = keep === null ? ids : ids.filter(keep)
  if (selected === null || !shown.includes(selected)) return { lanes: shown, pinned: 0 }
  const near = new Set(peers)
  near.delete(selected)
  const first = [selected, ...shown.filter((id) => near.has(id))]
  const rest = shown.filter((id) => id !== selected && !near.has(id))
  return { lanes: [...first, ...rest], pinned: first.length }
}

export interface LaneFilter {
  /** Whether a lane passes; null when the filter is empty (every lane passes). */
  readonly keep: ((id: string) => boolean) | null
  /** The parts of the text that name no lane and no range of them. */
  readonly unknown: readonly string[]
}

const RANGE = /^([a-z]*)(\d+)-\1?(\d+)$/i

/**
 * Reads a lane filter: ids and ranges of ids, separated by commas or spaces (`n7, n100-n120`,
 * `n5–n9`). A part that is neither an id of `ids` nor a range is returned as unknown.
 */
export function parseLaneFilter(text: string, ids: readonly string[]): LaneFilter {
  const parts = text
    .replace(/\s*[-–]\s*/g, '-')
    .split(/[,;\s]+/)
    .filter((p) => p !== '')
  if (parts.length === 0) return { keep: null, unknown: [] }
  const known = new Set(ids)
  const exact = new Set<string>()
  const ranges: { prefix: string; lo: number; hi: number }[] = []
  const unknown: string[] = []
  for (const part of parts) {
    const range = RANGE.exec(part)
    if (range !== null) {
      const [a, b] = [Number(range[2]), Number(range[3])]
      ranges.push({ prefix: range[1]!.toLowerCase(), lo: Math.min(a, b), hi: Math.max(a, b) })
    } else if (known.has(part)) exact.add(part)
    else unknown.push(part)
  }
  const inRange = (id: string) => {
    const m = /^([a-z]*)(\d+)$/i.exec(id)
    if (m === null) return false
    const n = Number(m[2])
    const prefix = m[1]!.toLowerCase()
    return ranges.some((r) => r.prefix === prefix && n >= r.lo && n <= r.hi)
  }
  return { keep: (id) => exact.has(id) || inRange(id), unknown }
}

/** Lanes that scroll: their height, the scroll offset, and the lanes in view. */
export interface LaneRows {
  readonly laneHeightPx: number
  /** How far the lanes are scrolled, clamped to what there is. */
  readonly scrollPx: number
  /** The height of all lanes together. */
  readonly contentPx: number
  /** Lanes in view, wholly or partly: [first, end). */
  readonly first: number
  readonly end: number
}

/**
 * Whether `count` lanes in a plot `plotPx` high must scroll, and if so which are in view at
 * `scrollPx`; null when they share the height as they always have.
 */
export function laneRows(count: number, plotPx: number, scrollPx: number): LaneRows | null {
  if (count === 0 || plotPx <= 0 || plotPx / count >= LANE_MIN_PX) return null
  const contentPx = count * LANE_PX
  const top = Math.min(Math.max(0, scrollPx), Math.max(0, contentPx - plotPx))
  return {
    laneHeightPx: LANE_PX,
    scrollPx: top,
    contentPx,
    first: Math.floor(top / LANE_PX),
    end: Math.min(count, Math.ceil((top + plotPx) / LANE_PX)),
  }
}

export interface ArrangedLanes extends LaneOrder {
  /** Each lane's name as shown, in the same order. */
  readonly labels: readonly string[]
}

/**
 * orderLanes, remembered: the same lanes, selection, peers and filter give the same arrays
 * back, so the renderer measures the labels again only when the lanes really changed.
 */
export function laneArranger(label: (id: string) => string) {
  let last: { base: readonly string[]; key: string; out: ArrangedLanes } | null = null
  return (
    base: readonly string[],
    selected: string | null,
    peers: ReadonlySet<string>,
    filter: { readonly text: string; readonly keep: ((id: string) => boolean) | null },
  ): ArrangedLanes => {
    const key = `${selected ?? ''}|${[...peers].sort().join(',')}|${filter.text}`
    if (last !== null && last.base === base && last.key === key) return last.out
    const order = orderLanes(base, selected, peers, filter.keep)
    const out = { ...order, labels: order.lanes.map(label) }
    last = { base, key, out }
    return out
  }
}
