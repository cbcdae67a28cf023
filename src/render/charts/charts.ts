/**
 * The run's charts, behind plain functions: React creates them once in an effect and
 * calls update() with plain data; they never read the store and write back only through
 * onSeek. Each chart lays itself out from the model and the width of its box, so a draw
 * costs in proportion to the pixels, not to the length of the run.
 */

import { createCommitChart } from './commit-chart'
import { createLatencyChart } from './latency-chart'
import { createMessagesChart } from './messages-chart'
import { createTermChart } from './term-chart'
import type { ChartsModel } from './model'

export interface ChartsRenderer {
  /** Draws every chart for `model`. */
  update(model: ChartsModel): void
  /**
   * Draws the next chart only, in turn: while playing, a frame then lays out one chart's
   * axes and lines instead of all of theirs (a 25-node run's frames did all four at once,
   * ten times a second, and those were its slowest frames).
   */
  updateNext(model: ChartsModel): void
  /** How many charts `updateNext` takes turns between. */
  readonly count: number
  destroy(): void
}

/** Width used until the box has been measured (the side panel's inside). */
const FALLBACK_WIDTH_PX = 320

export function createChartsRenderer({
  el,
  onSeek,
}: {
  el: HTMLElement
  onSeek(t: number): void
}): ChartsRenderer {
  const term = createTermChart(el, onSeek)
  const charts = [
    term,
    createCommitChart(el, onSeek),
    createMessagesChart(el, onSeek),
    createLatencyChart(el, onSeek),
  ]
  // A protocol without an epoch or leaders leaves the term chart empty for good:
  // once the run is under way with no term in it, it is left out.
  let current: ChartsModel | null = null
  let widthPx = el.clientWidth || FALLBACK_WIDTH_PX
  let next = 0
  const draw = (only: number | null = null) => {
    if (current === null) return
    const started = current.series.scannedUntil > 0
    const display = started && noTerm(current) ? 'none' : ''
    if (term.el.style.display !== display) term.el.style.display = display
    if (only !== null) return charts[only]!.update(current, widthPx)
    for (const chart of charts) chart.update(current, widthPx)
  }
  // The side panel can change width (window size, a scrollbar appearing): lay out again.
  const resize = new ResizeObserver(() => {
    const w = Math.floor(el.clientWidth)
    if (w > 0 && w !== widthPx) {
      widthPx = w
      draw()
    }
  })
  resize.observe(el)

  return {
    update(model) {
      current = model
      draw()
    },
    updateNext(model) {
      current = model
      draw(next)
      next = (next + 1) % charts.length
    },
    count: charts.length,
    destroy() {
      resize.disconnect()
      for (const chart of charts) chart.destroy()
    },
  }
}

function noTerm({ series }: ChartsModel): boolean {
  return series.term.length === 0 && series.leaders.length === 0
}
