/**
 * The dissemination chart's box: React owns it, the D3 renderer draws inside, laid out
 * again when the box changes width or the model changes.
 */

import { useEffect, useRef } from 'react'
import { createSpreadChart, type SpreadChartModel } from './spread-chart'

/** Width used until the box has been measured (the side panel's inside). */
const FALLBACK_WIDTH_PX = 320

export interface SpreadChartProps {
  /** The language the chart speaks: a change redraws it. */
  readonly locale: string
  readonly model: SpreadChartModel
  readonly onSeek: (t: number) => void
}

export function SpreadChart({ model, onSeek }: SpreadChartProps) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<{ draw(model: SpreadChartModel): void; destroy(): void } | null>(null)
  const seek = useRef(onSeek)
  useEffect(() => {
    seek.current = onSeek
  })

  useEffect(() => {
    const box = el.current!
    const made = createSpreadChart(box, (t) => seek.current(t))
    let widthPx = Math.floor(box.clientWidth) || FALLBACK_WIDTH_PX
    let current: SpreadChartModel | null = null
    const draw = () => {
      if (current !== null) made.update(current, widthPx)
    }
    const resize = new ResizeObserver(() => {
      const w = Math.floor(box.clientWidth)
      if (w > 0 && w !== widthPx) {
        widthPx = w
        draw()
      }
    })
    resize.observe(box)
    chart.current = {
      draw(next) {
        current = next
        draw()
      },
      destroy() {
        resize.disconnect()
        made.destroy()
      },
    }
    return () => {
      chart.current?.destroy()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.draw(model)
  })

  return <div className="swim-chart" ref={el} />
}
