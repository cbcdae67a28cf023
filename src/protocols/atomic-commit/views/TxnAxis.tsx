/** A column's time axis, drawn by d3-axis under the column's name, with the cursor on it. */

import { useEffect, useRef } from 'react'
import { axisBottom } from 'd3-axis'
import { select } from 'd3-selection'
import type { TimeWindow } from './txn-layout'

const AXIS_HEIGHT_PX = 18

export function TxnAxis({ time: w }: { readonly time: TimeWindow }) {
  const axis = useRef<SVGGElement>(null)
  useEffect(() => {
    select(axis.current!).call(
      axisBottom(w.x)
        .tickValues(w.ticks.map((tick) => tick.value))
        .tickFormat((_, i) => w.ticks[i]!.label)
        .tickSize(3)
        .tickSizeOuter(0),
    )
  }, [w])
  return (
    <svg
      className="txn-axis"
      width={w.widthPx}
      height={AXIS_HEIGHT_PX}
      viewBox={`0 0 ${w.widthPx} ${AXIS_HEIGHT_PX}`}
      aria-hidden="true"
    >
      <g ref={axis} />
      <path className="txn-cursor-mark" d={`M${w.cursorPx - 4},0 h8 l-4,6 z`} />
    </svg>
  )
}
