/** The plain data the charts draw: the run's series, the cursor and the span of time shown. */

import type { RunSeries } from '../../timeline/series'

export interface ChartsModel {
  /** Derived from the trace by the caller; the charts only read it. */
  readonly series: RunSeries
  /** Node ids, in the order of their colours and legend. */
  readonly nodes: readonly string[]
  /** Virtual ms. */
  readonly cursor: number
  /** The data runs from 0 to here (≥ cursor): the part of the run the user has seen. */
  readonly endMs: number
  /**
   * The time axis runs to here (≥ endMs; endMs when left out): a round end ahead of what
   * was seen (axisEnd), so the axis stays put for a while as the run grows in playback.
   */
  readonly axisEndMs?: number
}

export interface ChartsCallbacks {
  /** A click or drag on a chart, at this virtual time (ms, within 0 … endMs). */
  onSeek(t: number): void
}
