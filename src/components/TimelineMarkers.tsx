/**
 * Marks under the timeline: faults, elections, commits, client operations and violations.
 * Clicking near one seeks to it.
 */

import { memo } from 'react'
import { useAppStoreApi } from '../store/context'
import { seenUntilOf } from '../store/branches'
import { useThrottledView } from './throttled-view'
import type { AppState } from '../store/app-store'
import { markersUpTo, type Marker, type MarkerKind } from '../timeline/markers'
import type { Timeline } from '../timeline/timeline'
import { formatTime } from './format'
// `t` names a table, transitions or times here, so the catalogue's lookup goes by `say`.
import { t as say } from '../i18n'

const ROWS: Record<MarkerKind, number> = {
  fault: 0,
  election: 1,
  commit: 2,
  client: 3,
  violation: 4,
}
const ROW_HEIGHT = 5

/** While playing, the marks passed are added at most four times a second. */
const PLAYING_GAP_MS = 250

/** The run's marks as far as the user has seen it: how many there are. */
interface Seen {
  readonly timeline: Timeline
  readonly count: number
}

const pickSeen = (s: AppState): Seen => ({
  timeline: s.timeline,
  count: markersUpTo(s.timeline.markers(), seenUntilOf(s)),
})

const sameSeen = (a: Seen, b: Seen) => a.timeline === b.timeline && a.count === b.count

/**
 * Memoised: the bar around it renders every frame, the marks change only as the user sees
 * further. Marks go as far as the run has been seen, as the charts do, not as far as it has
 * been simulated ahead: those came and went with the lookahead, and a Send, which simulates
 * the run again from the cursor, took them all away and put them back a frame later.
 */
export const TimelineMarkers = memo(function TimelineMarkers({ span }: { span: number }) {
  const store = useAppStoreApi()
  const seen = useThrottledView(pickSeen, sameSeen, PLAYING_GAP_MS)
  const markers = seen.timeline.markers().filter((m, i) => i < seen.count && m.t <= span)
  const shown = onePerColumn(markers, span)
  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const t = ((e.clientX - box.left) / box.width) * span
    const nearest = nearestMarker(markers, t, span / 100)
    store.getState().seek(nearest?.t ?? t)
  }
  return (
    <svg
      className="markers"
      viewBox={`0 0 1000 ${ROW_HEIGHT * 5}`}
      preserveAspectRatio="none"
      onClick={onClick}
      aria-hidden="true"
    >
      {shown.map(({ marker, count, column }) => (
        // One per kind and column: a mark added before others leaves theirs as they were.
        <Mark key={`${marker.kind}:${column}`} marker={marker} count={count} span={span} />
      ))}
    </svg>
  )
})

/**
 * Memoised: the marks are listed again four times a second as the run is simulated on, and
 * a long run has a thousand of them. Only a new one, or one that now stands for more, is
 * drawn again; at 150 s into a 25-node run, writing every mark and its words each time
 * cost about 3 ms of the frame.
 */
const Mark = memo(function Mark({
  marker: m,
  count,
  span,
}: {
  marker: Marker
  count: number
  span: number
}) {
  return (
    <rect
      className={`marker marker-${m.kind}`}
      x={(m.t / span) * 1000 - 0.5}
      y={ROWS[m.kind] * ROW_HEIGHT}
      width={m.kind === 'fault' || m.kind === 'violation' ? 3 : 1.5}
      height={ROW_HEIGHT}
    >
      <title>
        {count === 1
          ? `${formatTime(m.t)}: ${m.label}`
          : say('markers.more', { at: formatTime(m.t), label: m.label, count: count - 1 })}
      </title>
    </rect>
  )
})

/** Columns across the track: at most one mark of each kind per column is drawn. */
const COLUMNS = 1000

/** A long run has thousands of marks; one per kind and column looks the same, far cheaper. */
function onePerColumn(markers: readonly Marker[], span: number) {
  const out: { marker: Marker; count: number; column: number }[] = []
  const last = new Map<MarkerKind, { column: number; entry: { marker: Marker; count: number } }>()
  for (const marker of markers) {
    const column = Math.floor((marker.t / span) * COLUMNS)
    const seen = last.get(marker.kind)
    if (seen !== undefined && seen.column === column) {
      seen.entry.count++
      continue
    }
    const entry = { marker, count: 1, column }
    out.push(entry)
    last.set(marker.kind, { column, entry })
  }
  return out
}

function nearestMarker(markers: readonly Marker[], t: number, within: number): Marker | null {
  let best: Marker | null = null
  for (const m of markers) {
    if (Math.abs(m.t - t) > within) continue
    if (best === null || Math.abs(m.t - t) < Math.abs(best.t - t)) best = m
  }
  return best
}
