/**
 * One cell's strip: the node's state over time as bars on a faint track, blocked time
 * hatched, a crashed node's time thin, and the cursor as a line. A click on a bar takes the
 * cursor to the moment that state began.
 */

import { spanBars, STRIP_HEIGHT_PX, type TimeWindow } from './txn-layout'
import { t } from '../../../i18n'
import { seconds } from './txn-text'
import type { TxnCell } from './txn-model'

interface Props {
  readonly cell: TxnCell
  readonly time: TimeWindow
  readonly coordinator: boolean
  /** The id of the hatching pattern blocked time is filled with. */
  readonly hatch: string
  readonly go: (t: number) => void
}

export function TxnStrip({ cell, time: w, coordinator, hatch, go }: Props) {
  const mid = STRIP_HEIGHT_PX / 2
  return (
    <svg
      className="txn-strip"
      width={w.widthPx}
      height={STRIP_HEIGHT_PX}
      viewBox={`0 0 ${w.widthPx} ${STRIP_HEIGHT_PX}`}
      aria-hidden="true"
    >
      <line className="txn-track" x1={0} x2={w.widthPx} y1={mid} y2={mid} />
      {spanBars(cell, w, coordinator).map((bar) => (
        <rect
          key={bar.key}
          className={`txn-bar ${bar.className}`}
          x={bar.x}
          y={bar.y}
          width={bar.width}
          height={bar.height}
          fill={bar.className === 'blocked' ? `url(#${hatch})` : undefined}
          onClick={() => go(bar.from)}
        >
          <title>{`${bar.title}. ${t('txns.goTo', { time: seconds(bar.from) })}`}</title>
        </rect>
      ))}
      <line className="txn-cursor" x1={w.cursorPx} x2={w.cursorPx} y1={0} y2={STRIP_HEIGHT_PX} />
    </svg>
  )
}
