/**
 * The charts' value axes, made by d3-scale: counts (terms, indexes, messages per second) on
 * a linear axis from 0 with whole-number ticks, latencies on a log axis of whole decades.
 * Ranges are rounded to whole pixels so grid lines stay sharp.
 */

import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale'
import { formatMs, type Tick } from './time-format'

export interface CountAxis {
  readonly y: ScaleLinear<number, number>
  readonly ticks: readonly Tick[]
}

/**
 * A count axis from 0 over [bottomPx, topPx], its top rounded up to a whole nice number,
 * with about `count` ticks: only whole numbers, as a count has no halves.
 */
export function countAxis(
  max: number,
  [bottomPx, topPx]: readonly [number, number],
  count: number,
  format: (n: number) => string = String,
): CountAxis {
  const y = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .nice(count)
  y.domain([0, Math.ceil(y.domain()[1]!)]).rangeRound([bottomPx, topPx])
  const ticks = y.ticks(count).filter(Number.isInteger)
  return { y, ticks: ticks.map((value) => ({ value, label: format(value) })) }
}

export interface LatencyAxis {
  readonly y: ScaleLogarithmic<number, number>
  readonly ticks: readonly Tick[]
}

/**
 * A log axis of whole decades holding every latency (at least one decade, from 1 ms: a
 * 0 ms answer sits on the bottom line). Ticks fall on powers of ten only, about `count`.
 */
export function latencyAxis(
  latenciesMs: readonly number[],
  [bottomPx, topPx]: readonly [number, number],
  count: number,
): LatencyAxis {
  let lo = Infinity
  let hi = -Infinity
  for (const v of latenciesMs) {
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  if (lo > hi) [lo, hi] = [10, 1000]
  const least = Math.max(lo, 1)
  lo = 10 ** Math.floor(Math.log10(least))
  // Just under a power of ten, log10 rounds up to it: step down a decade to hold the value.
  if (lo > least) lo /= 10
  const y = scaleLog()
    .domain([lo, Math.max(hi, lo * 10)])
    .nice()
    .rangeRound([bottomPx, topPx])
    .clamp(true)
  // Just under a power of ten, log10 rounds up to it and nice() stops a hair short.
  const [bottom, top] = y.domain() as [number, number]
  if (top < hi) y.domain([bottom, top * 10])
  const ticks = y.ticks(count).filter((v) => 10 ** Math.round(Math.log10(v)) === v)
  return { y, ticks: ticks.map((value) => ({ value, label: formatMs(value) })) }
}
