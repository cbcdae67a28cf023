/**
 * Chart legends: a swatch and a word per item, right-aligned in the title row when they
 * fit beside the title, else in rows of their own under it (a 25-node cluster).
 */

import type { Group } from './frame'

/** How many different node colours there are (then they repeat). */
export const NODE_COLOURS = 8

export interface LegendItem {
  readonly label: string
  /** Class of the swatch: its colour and shape come from charts.css. */
  readonly swatch: string
  /** A node's colour index, or null for a swatch coloured by its class alone. */
  readonly colour: number | null
}

export interface PlacedItem extends LegendItem {
  readonly x: number
  readonly y: number
}

const ROW_PX = 13
const SWATCH_PX = 12
const GAP_PX = 8
/** Legend text is 10 px; its characters average about this wide. */
const CHAR_PX = 5.8

function itemWidth(item: LegendItem): number {
  return SWATCH_PX + item.label.length * CHAR_PX
}

/** The title is 12 px bold; its characters average about this wide. */
const TITLE_CHAR_PX = 7

/** About how wide a chart's title is drawn, so a longer (translated) title gets its room. */
export function titleWidthPx(title: string): number {
  return title.length * TITLE_CHAR_PX
}

/** Places items for a chart `widthPx` wide whose title takes `titlePx`; `rows` is 0 in the title row. */
export function legendLayout(
  items: readonly LegendItem[],
  widthPx: number,
  titlePx: number,
): { readonly rows: number; readonly items: readonly PlacedItem[] } {
  const total = items.reduce((sum, it) => sum + itemWidth(it) + GAP_PX, -GAP_PX)
  if (total <= widthPx - titlePx - GAP_PX) {
    let x = widthPx - total
    const placed = items.map((it) => {
      const at = { ...it, x, y: 13 }
      x += itemWidth(it) + GAP_PX
      return at
    })
    return { rows: 0, items: placed }
  }
  const placed: PlacedItem[] = []
  let x = 0
  let row = 1
  for (const it of items) {
    const w = itemWidth(it)
    if (x > 0 && x + w > widthPx) {
      row++
      x = 0
    }
    placed.push({ ...it, x, y: 13 + row * ROW_PX })
    x += w + GAP_PX
  }
  return { rows: row, items: placed }
}

export const LEGEND_ROW_PX = ROW_PX

/**
 * What each legend last drew. While playing, a chart is drawn four times a second and its
 * legend stays as it was: writing its 25 swatches again restyled them and laid their
 * names out again each time.
 */
const drawnLegends = new WeakMap<Element, string>()

export function drawLegend(group: Group, items: readonly PlacedItem[]): void {
  const key = items.map((it) => `${it.swatch} ${it.colour} ${it.x} ${it.y} ${it.label}`).join('\n')
  const node = group.node()!
  if (drawnLegends.get(node) === key) return
  drawnLegends.set(node, key)
  group
    .selectAll<SVGGElement, PlacedItem>('g')
    .data(items)
    .join((enter) => {
      const g = enter.append('g')
      g.append('rect').attr('width', 8).attr('height', 8).attr('rx', 1.5)
      g.append('text')
        .attr('x', SWATCH_PX - 1)
        .attr('y', 8)
      return g
    })
    .attr('class', (it) => `chart-swatch ${it.swatch}`)
    .attr('transform', (it) => `translate(${it.x},${it.y - 8})`)
    .style('--node', (it) => nodeColour(it.colour))
    .select('text')
    .text((it) => it.label)
}

/** A node's colour as a value for `--node`, which charts.css paints with; null for none. */
export function nodeColour(colour: number | null): string | null {
  return colour === null ? null : `var(--chart-node-${colour % NODE_COLOURS})`
}
