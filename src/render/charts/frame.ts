/**
 * What every chart has around its marks: the SVG with its title and accessible name, the
 * axes, the part after the cursor dimmed, the cursor line, and click-or-drag to seek. It
 * applies a layout computed elsewhere; it decides no positions of its own.
 */

import { svgEl } from '../graph-dom'
import type { AxisTick, ChartBox, TimeAxis } from './axes'

export interface FrameContent {
  readonly box: ChartBox
  readonly time: TimeAxis
  readonly endMs: number
  readonly yTicks: readonly AxisTick[]
  /** The accessible name: the title, then what the chart shows at the cursor. */
  readonly label: string
  /** A title that depends on the run (the epoch's name); left out, the one it was made with. */
  readonly title?: string
}

export interface ChartFrame {
  /** Where the chart draws its marks: under the dimming and the cursor, clipped to the plot. */
  readonly marks: SVGGElement
  /** For a legend: in the title row, or in rows under it. */
  readonly legend: SVGGElement
  update(content: FrameContent): void
  destroy(): void
}

let clipCount = 0

export function createChartFrame(
  parent: Element,
  options: { name: string; title: string; onSeek(t: number): void },
): ChartFrame {
  const svg = svgEl(parent, 'svg', { class: `chart chart-${options.name}`, role: 'img' })
  const clipId = `chart-clip-${++clipCount}`
  const clipRect = svgEl(svgEl(svgEl(svg, 'defs'), 'clipPath', { id: clipId }), 'rect')
  const title = svgEl(svg, 'text', { class: 'chart-title', x: 0, y: 13 })
  title.textContent = options.title
  const legend = svgEl(svg, 'g', { class: 'chart-legend' })
  const grid = svgEl(svg, 'g', { class: 'chart-grid' })
  const yAxis = svgEl(svg, 'g', { class: 'chart-axis chart-y-axis' })
  const marks = svgEl(svg, 'g', { class: 'chart-marks', 'clip-path': `url(#${clipId})` })
  const future = svgEl(svg, 'rect', { class: 'chart-future' })
  const xAxis = svgEl(svg, 'g', { class: 'chart-axis chart-x-axis' })
  const baseline = svgEl(xAxis, 'line', { class: 'chart-baseline' })
  const xLabels = svgEl(xAxis, 'g')
  const cursor = svgEl(svg, 'line', { class: 'chart-cursor' })

  let current: FrameContent | null = null
  const seekAt = (e: PointerEvent) => {
    if (current === null) return
    const bounds = svg.getBoundingClientRect()
    if (bounds.width === 0) return
    const px = ((e.clientX - bounds.left) * current.box.width) / bounds.width
    const t = Math.round(current.time.x.invert(px))
    options.onSeek(Math.min(Math.max(t, 0), Math.floor(current.endMs)))
  }
  // Dragging scrubs: the pointer stays captured until released, even outside the chart.
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return
    svg.setPointerCapture(e.pointerId)
    seekAt(e)
  }
  const onMove = (e: PointerEvent) => {
    if (svg.hasPointerCapture(e.pointerId)) seekAt(e)
  }
  svg.addEventListener('pointerdown', onDown)
  svg.addEventListener('pointermove', onMove)

  return {
    marks,
    legend,
    update(content) {
      const { box, time } = content
      if (current === null || current.box !== box) {
        attrs(svg, {
          width: box.width,
          height: box.height,
          viewBox: `0 0 ${box.width} ${box.height}`,
        })
        attrs(clipRect, {
          x: box.left,
          y: box.top - 2,
          width: box.right - box.left,
          height: box.bottom - box.top + 3,
        })
        attrs(baseline, { x1: box.left, x2: box.right, y1: box.bottom + 0.5, y2: box.bottom + 0.5 })
      }
      current = content
      setText(title, content.title ?? options.title)
      svg.setAttribute('aria-label', content.label)
      drawYAxis(grid, yAxis, box, content.yTicks)
      drawXLabels(xLabels, box, time.ticks)
      attrs(cursor, { x1: time.cursorPx, x2: time.cursorPx, y1: box.top - 2, y2: box.bottom + 3 })
      const width = Math.max(0, time.endPx - time.cursorPx)
      attrs(future, { x: time.cursorPx, y: box.top - 2, width, height: box.bottom - box.top + 2 })
    },
    destroy() {
      svg.removeEventListener('pointerdown', onDown)
      svg.removeEventListener('pointermove', onMove)
      svg.remove()
    },
  }
}

function drawYAxis(
  grid: SVGGElement,
  axis: SVGGElement,
  box: ChartBox,
  ticks: readonly AxisTick[],
) {
  const lines = children(grid, 'line', ticks.length)
  const labels = children(axis, 'text', ticks.length)
  ticks.forEach((t, i) => {
    const y = Math.round(t.at) + 0.5
    attrs(lines[i]!, { x1: box.left, x2: box.right, y1: y, y2: y })
    attrs(labels[i]!, { x: box.left - 4, y: t.at, dy: '0.32em', 'text-anchor': t.anchor })
    setText(labels[i]!, t.label)
  })
}

function drawXLabels(group: SVGGElement, box: ChartBox, ticks: readonly AxisTick[]) {
  const labels = children(group, 'text', ticks.length)
  ticks.forEach((t, i) => {
    attrs(labels[i]!, { x: t.at, y: box.bottom + 12, 'text-anchor': t.anchor })
    setText(labels[i]!, t.label)
  })
}

/** The first n children of a group, all of one tag: made or removed to match. */
export function children<K extends keyof SVGElementTagNameMap>(
  parent: SVGGElement,
  tag: K,
  n: number,
): SVGElementTagNameMap[K][] {
  while (parent.childElementCount > n) parent.lastElementChild!.remove()
  while (parent.childElementCount < n) svgEl(parent, tag)
  return Array.from(parent.children) as SVGElementTagNameMap[K][]
}

export function attrs(el: Element, values: Readonly<Record<string, string | number>>): void {
  for (const name in values) {
    const value = String(values[name])
    // Skipping unchanged attributes keeps ten redraws a second from touching the DOM.
    if (el.getAttribute(name) !== value) el.setAttribute(name, value)
  }
}

export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text
}
