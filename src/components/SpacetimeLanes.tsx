/**
 * The space-time diagram's lane names, in HTML over the canvas's gutter, each a list item
 * named by its lane (DESIGN.md). While lanes share the height, every one is listed; when
 * they scroll (a large cluster), only those in view, each where its lane is drawn.
 */

import type { CSSProperties } from 'react'
import type { LaneGutter } from '../render/spacetime/gutter'
import type { LaneRows } from '../render/spacetime/lanes'
import { t } from '../i18n'

interface LaneListProps {
  readonly lanes: readonly string[]
  readonly labels: readonly string[]
  /** Lanes at the top that are the selected node and its peers. */
  readonly pinned: number
  readonly gutter: LaneGutter | null
  readonly rows: LaneRows | null
  readonly style: CSSProperties
}

export function LaneList({ lanes, labels, pinned, gutter, rows, style }: LaneListProps) {
  const title = (i: number) => (gutter?.labels[i]?.clipped === true ? labels[i] : undefined)
  if (rows === null) {
    return (
      <ul className="spacetime-lanes" aria-label={t('spacetime.lanes')} style={style}>
        {lanes.map((id, i) => (
          <li key={id} aria-label={labels[i]} title={title(i)}>
            {labels[i]}
          </li>
        ))}
      </ul>
    )
  }
  const items = []
  for (let i = rows.first; i < rows.end; i++) {
    const id = lanes[i]!
    const classes = [i === 0 && pinned > 0 ? 'selected' : '', i === pinned - 1 ? 'last-pinned' : '']
    items.push(
      <li
        key={id}
        aria-label={labels[i]}
        aria-posinset={i + 1}
        aria-setsize={lanes.length}
        title={title(i)}
        className={classes.join(' ').trim() || undefined}
        style={{ top: i * rows.laneHeightPx - rows.scrollPx, height: rows.laneHeightPx }}
      >
        {labels[i]}
      </li>,
    )
  }
  return (
    <ul className="spacetime-lanes scrolling" aria-label={t('spacetime.lanes')} style={style}>
      {items}
    </ul>
  )
}
