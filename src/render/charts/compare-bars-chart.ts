/**
 * A few horizontal bars on one scale from 0 to a total (keys moved out of all keys, say),
 * each labelled with its name on the left and its value at its end, and an optional marker
 * across them all (what theory expects). Not a time chart: no cursor, no seeking.
 */

import { scaleLinear } from 'd3-scale'
import { select } from 'd3-selection'
import { TITLE_PX } from './axes'

export interface CompareBarsModel {
  readonly title: string
  /** The accessible name: the title, then every value in words. */
  readonly label: string
  /** The scale's end (100% of the width). */
  readonly total: number
  readonly rows: readonly {
    readonly name: string
    readonly value: number
    /** Class of the bar: its colour comes from CSS. */
    readonly className: string
  }[]
  readonly marker: { readonly value: number; readonly label: string } | null
  readonly format: (n: number) => string
}

const ROW_PX = 18
const BAR_PX = 12
const NAME_PX = 78
const RIGHT_PX = 12
/** Value text is 10 px; its characters average about this wide. */
const CHAR_PX = 6
/** Room under the bars for the marker's label. */
const MARKER_PX = 14

export interface CompareBarsLayout {
  readonly width: number
  readonly height: number
  readonly rows: readonly {
    readonly name: string
    readonly className: string
    readonly y: number
    readonly width: number
    readonly text: string
    /** The value's text sits inside the bar's end when the bar is long enough, else after it. */
    readonly textX: number
    readonly textInside: boolean
  }[]
  readonly marker: {
    readonly x: number
    readonly y1: number
    readonly y2: number
    readonly label: string
  } | null
}

export function layoutCompareBars(model: CompareBarsModel, widthPx: number): CompareBarsLayout {
  const x = scaleLinear()
    .domain([0, Math.max(model.total, 1)])
    .range([NAME_PX, Math.max(widthPx, NAME_PX + 80) - RIGHT_PX])
  const top = TITLE_PX + 2
  const markerX = model.marker === null ? null : Math.round(x(model.marker.value))
  const rows = model.rows.map((row, i) => {
    const end = Math.round(x(row.value))
    const text = model.format(row.value)
    const textPx = text.length * CHAR_PX
    const textInside = end - NAME_PX > textPx + 8
    // A value written after its bar moves past the marker rather than under it.
    const crossed = markerX !== null && markerX >= end - 2 && markerX < end + textPx + 8
    return {
      name: row.name,
      className: row.className,
      y: top + i * ROW_PX,
      width: end - NAME_PX,
      text,
      textX: textInside ? end - 4 : crossed ? markerX + 4 : end + 4,
      textInside,
    }
  })
  const bottom = top + model.rows.length * ROW_PX
  return {
    width: Math.max(widthPx, NAME_PX + 80),
    height: bottom + (model.marker === null ? 0 : MARKER_PX),
    rows,
    marker:
      model.marker === null || markerX === null
        ? null
        : { x: markerX, y1: top - 3, y2: bottom, label: model.marker.label },
  }
}

export function createCompareBarsChart(parent: Element, name: string) {
  const svg = select(parent).append('svg').attr('class', `chart chart-${name}`).attr('role', 'img')
  const title = svg.append('text').attr('class', 'chart-title').attr('x', 0).attr('y', 13)
  const rows = svg.append('g').attr('class', 'chart-compare-rows')
  const marker = svg.append('g').attr('class', 'chart-compare-marker')
  const markerLine = marker.append('line')
  const markerText = marker.append('text')
  return {
    update(model: CompareBarsModel, widthPx: number) {
      const layout = layoutCompareBars(model, widthPx)
      svg
        .attr('width', layout.width)
        .attr('height', layout.height)
        .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
        .attr('aria-label', model.label)
      title.text(model.title)
      const row = rows
        .selectAll<SVGGElement, CompareBarsLayout['rows'][number]>('g')
        .data(layout.rows)
        .join((enter) => {
          const g = enter.append('g')
          g.append('text').attr('class', 'chart-compare-name')
          g.append('rect')
          g.append('text').attr('class', 'chart-compare-value')
          return g
        })
        .attr('transform', (r) => `translate(0,${r.y})`)
      row
        .select('.chart-compare-name')
        .attr('x', NAME_PX - 6)
        .attr('y', BAR_PX / 2)
        .text((r) => r.name)
      row
        .select('rect')
        .attr('class', (r) => r.className)
        .attr('x', NAME_PX)
        .attr('width', (r) => Math.max(0, r.width))
        .attr('height', BAR_PX)
      row
        .select('.chart-compare-value')
        .classed('inside', (r) => r.textInside)
        .attr('x', (r) => r.textX)
        .attr('y', BAR_PX / 2)
        .text((r) => r.text)
      const m = layout.marker
      marker.attr('display', m === null ? 'none' : null)
      if (m === null) return
      markerLine.attr('x1', m.x).attr('x2', m.x).attr('y1', m.y1).attr('y2', m.y2)
      // The label hangs to the side with room, so it never leaves the SVG.
      markerText
        .attr('x', m.x)
        .attr('y', m.y2 + 10)
        .attr('text-anchor', m.x > layout.width / 2 ? 'end' : 'start')
        .text(m.label)
    },
    destroy: () => svg.remove(),
  }
}
