/**
 * The client history as Porcupine shows it: a band per key, each operation a bar from
 * invoke to return, numbered in the linearization order the checker found; when there is
 * none, the operations that cannot be placed next are red. Clicking a bar goes there.
 */

import { useMemo } from 'react'
import { historyAt } from '../store/live-checks'
import { layoutHistory, LABEL_PX, type HistoryBar } from '../store/history-layout'
import { useAppStore } from '../store/context'
import { describeOp } from './ChecksPanel'
import type { AppState } from '../store/app-store'

const WIDTH = 312
const ROW_PX = 20
const selector = (s: AppState) => ({
  history: historyAt(s.timeline, s.world, s.cursor),
  jumpTo: s.jumpTo,
})

export function HistoryView() {
  const { history, jumpTo } = useAppStore(selector)
  // Laid out again only when an operation starts or ends.
  const l = useMemo(() => layoutHistory(history, WIDTH), [history])
  if (history.history.length === 0) return null
  const height = l.rows * ROW_PX + 4
  const go = (bar: HistoryBar) => jumpTo(bar.invokedAt)
  return (
    <section className="panel history-view" aria-label="History">
      <h2>History</h2>
      <svg width={WIDTH} height={height} role="group" aria-label="Client operations over time">
        {l.keys.map((k) => (
          <g key={k.key}>
            <rect
              className="hv-band"
              x={0}
              y={k.row * ROW_PX + 1}
              width={WIDTH}
              height={k.rows * ROW_PX}
            />
            <text className="hv-key" x={4} y={k.row * ROW_PX + 14}>
              {k.key}
            </text>
          </g>
        ))}
        {l.bars.map((bar) => (
          <g
            key={bar.id}
            className={`hv-bar ${bar.status}${bar.open ? ' open' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={barName(history, bar)}
            onClick={() => go(bar)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                go(bar)
              }
            }}
          >
            <rect
              x={bar.x1}
              y={bar.row * ROW_PX + 3}
              width={bar.x2 - bar.x1}
              height={ROW_PX - 5}
              rx={3}
            />
            <text x={bar.x1 + 3} y={bar.row * ROW_PX + 14}>
              {bar.place === null ? '' : `${bar.place}. `}
              {bar.label}
            </text>
          </g>
        ))}
        <line className="hv-axis" x1={LABEL_PX} x2={LABEL_PX} y1={0} y2={height} />
      </svg>
      <p className="hint">{legend(history.check?.result.linearizable)}</p>
    </section>
  )
}

function barName(history: ReturnType<typeof historyAt>, bar: HistoryBar): string {
  const where =
    bar.status === 'stuck'
      ? ', cannot be placed'
      : bar.place === null
        ? ''
        : `, ${bar.status === 'prefix' ? 'in the longest ordering found at' : 'linearized at'} ${bar.place}`
  return `${describeOp(history, bar.id)}${bar.open ? ', no reply' : ''}${where}`
}

function legend(verdict: boolean | 'unknown' | undefined): string {
  if (verdict === true) return 'Numbers: the order in which the operations took effect (per key).'
  if (verdict === false) {
    return 'Numbers: the longest order found; red: operations none of which can come next.'
  }
  return 'Bars run from invoke to reply; open ones have no reply yet.'
}
