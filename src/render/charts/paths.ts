/**
 * The charts' lines and areas, as SVG path data made by d3-shape. Every series here holds
 * its value until the next change (a term, a commit index, a rate over a bin), so each is
 * drawn with curveStepAfter. Paths are strings, so layouts stay testable in Node.
 */

import { area, curveStepAfter, line } from 'd3-shape'
import type { StepPoint } from './downsample'

type Y = (value: number) => number

/** A step line through points from stepPoints(), broken at NaN values, shifted by dyPx. */
export function stepLinePath(points: readonly StepPoint[], y: Y, dyPx = 0): string {
  const path = line<StepPoint>()
    .defined((p) => !Number.isNaN(p.value))
    .x((p) => p.x)
    .y((p) => y(p.value) + dyPx)
    .curve(curveStepAfter)
    .digits(1)
  return path(points) ?? ''
}

/** A value held from x until the next point's x: the last point only closes the area. */
export interface Span {
  readonly x: number
  readonly low: number
  readonly high: number
}

/** The band between low and high of each span, stepping where the next span starts. */
export function stepAreaPath(spans: readonly Span[], y: Y): string {
  const path = area<Span>()
    .x((s) => s.x)
    .y0((s) => y(s.low))
    .y1((s) => y(s.high))
    .curve(curveStepAfter)
    .digits(1)
  return spans.length < 2 ? '' : (path(spans) ?? '')
}
