/**
 * The client history laid out as Porcupine draws it: time left to right, one band per key,
 * each operation a bar from invoke to return, overlapping ones on separate rows. Bars carry
 * their place in the linearization found, or, when there is none, whether they belong to
 * the longest ordering found or are among the operations that cannot come next.
 */

import type { HistoryAtCursor } from './live-checks'

export type BarStatus = 'ordered' | 'prefix' | 'stuck' | 'unplaced'

export interface HistoryBar {
  readonly id: number
  readonly key: string
  readonly row: number
  readonly x1: number
  readonly x2: number
  /** Still running or timed out: its end is not known. */
  readonly open: boolean
  readonly label: string
  readonly status: BarStatus
  /** 1-based place in its key's order, when it has one. */
  readonly place: number | null
  readonly invokedAt: number
}

export interface HistoryLayout {
  readonly bars: readonly HistoryBar[]
  /** Each key's first row and row count. */
  readonly keys: readonly { readonly key: string; readonly row: number; readonly rows: number }[]
  readonly rows: number
  /** How many operations the history has; the bars may show fewer. */
  readonly total: number
  /**
   * How far the bars are shifted left so the newest moment is at the right edge, when they
   * are more than the width holds at STEP_PX a moment (0 when they fit). The bars' own x
   * stay put as operations are added, so a new one moves the group, not every bar.
   */
  readonly shift: number
}

export const LABEL_PX = 28

/** Past this many operations, only the latest (and any that cannot be placed) are drawn. */
export const MAX_BARS = 40
/**
 * The oldest operation drawn moves on this many at a time, so the bars keep their places
 * between: adding one operation touches its bar, not all of them.
 */
export const BAR_CHUNK = 20
/** The narrowest step between moments, before the bars are shifted instead of squeezed. */
export const STEP_PX = 28

/**
 * The operations worth drawing: all of a short history; of a long one, the latest ones
 * before the cursor (from MAX_BARS to MAX_BARS + BAR_CHUNK - 1 of them) and those the
 * checker could not place, so a failure stays in view.
 */
export function shownOps(h: HistoryAtCursor): number[] {
  const all = h.history.map((_, id) => id)
  if (all.length <= MAX_BARS) return all
  const stuck = new Set(h.check?.result.explanation?.stuck ?? [])
  const byInvoke = all.sort((a, b) => h.history[a]!.invokedAt - h.history[b]!.invokedAt || a - b)
  const first = Math.floor((byInvoke.length - MAX_BARS) / BAR_CHUNK) * BAR_CHUNK
  return byInvoke.filter((id, i) => i >= first || stuck.has(id))
}

/** An operation with no reply yet runs to the right edge: its end sorts after every moment. */
const OPEN_END = Infinity

export function layoutHistory(h: HistoryAtCursor, width: number): HistoryLayout {
  const shown = shownOps(h)
  const result = h.check?.result
  const place = new Map<number, number>()
  for (const order of result?.order ?? []) order.ids.forEach((id, i) => place.set(id, i + 1))
  const explanation = result?.explanation
  explanation?.longestPrefix.forEach((id, i) => place.set(id, i + 1))
  const stuck = new Set(explanation?.stuck ?? [])
  const prefix = new Set(explanation?.longestPrefix ?? [])

  // Only the order of invokes and replies matters for linearizability, and operations are
  // short next to the gaps between them, so time is drawn by rank: every distinct moment
  // an operation starts or ends gets an equal step, and each bar has room for its label.
  const entries = shown.map((id) => h.history[id]!)
  const moments = [...new Set(entries.flatMap((e) => [e.invokedAt, e.returnedAt ?? OPEN_END]))]
  moments.sort((a, b) => a - b)
  const rank = new Map(moments.map((ms, i) => [ms, i]))
  // Squeezed to the width while a step is at least STEP_PX, and while an operation the
  // checker could not place is drawn (it must stay in view); past that, STEP_PX a moment
  // and shifted so the newest are in view.
  const fit = (width - LABEL_PX - 4) / Math.max(1, moments.length - 1)
  const step = fit >= STEP_PX || stuck.size > 0 ? fit : STEP_PX
  const x = (ms: number) => LABEL_PX + rank.get(ms)! * step
  const shift = step === fit ? 0 : LABEL_PX + (moments.length - 1) * step - (width - 4)

  const keys = [...new Set(entries.map((e) => e.key))].sort()
  const bars: HistoryBar[] = []
  const bands: { key: string; row: number; rows: number }[] = []
  let row = 0
  for (const key of keys) {
    const ends: number[] = []
    const ids = shown.filter((id) => h.history[id]!.key === key)
    ids.sort((a, b) => h.history[a]!.invokedAt - h.history[b]!.invokedAt || a - b)
    for (const id of ids) {
      const e = h.history[id]!
      const open = e.returnedAt === null
      const end = open ? OPEN_END : e.returnedAt!
      let r = ends.findIndex((last) => last < e.invokedAt)
      if (r < 0) r = ends.push(end) - 1
      else ends[r] = end
      bars.push({
        id,
        key,
        row: row + r,
        x1: x(e.invokedAt),
        x2: Math.max(x(e.invokedAt) + 3, x(end)),
        open,
        label: e.op === 'get' ? `get → ${e.output ?? '∅'}` : `${e.op} ${e.value ?? ''}`,
        status: stuck.has(id)
          ? 'stuck'
          : prefix.has(id)
            ? 'prefix'
            : place.has(id)
              ? 'ordered'
              : 'unplaced',
        place: place.get(id) ?? null,
        invokedAt: e.invokedAt,
      })
    }
    bands.push({ key, row, rows: Math.max(1, ends.length) })
    row += Math.max(1, ends.length)
  }
  return { bars, keys: bands, rows: row, total: h.history.length, shift }
}
