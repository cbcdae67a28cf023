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
import { t } from '../i18n'

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
  const go = (bar: HistoryBar) => jumpTo(bar.invokedAt)
  return (
    <section className="panel history-view" aria-label={t('history.title')}>
      <h2>{t('history.title')}</h2>
      {history.history.length === 0 ? (
        <p className="hint">{t('clients.none')}</p>
      ) : (
        <HistoryBars history={history} layout={l} go={go} />
      )}
    </section>
  )
}

/** The bands and bars, with the legend for the verdict. */
function HistoryBars({
  history,
  layout: l,
  go,
}: {
  history: ReturnType<typeof historyAt>
  layout: ReturnType<typeof layoutHistory>
  go: (bar: HistoryBar) => void
}) {
  const height = l.rows * ROW_PX + 4
  return (
    <>
      <svg width={WIDTH} height={height} role="group" aria-label={t('history.overTime')}>
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
        {/* The bars, shifted so the newest are in view; clipped at the keys' column. */}
        <svg x={LABEL_PX} width={WIDTH - LABEL_PX} height={height}>
          <g transform={`translate(${-LABEL_PX - l.shift} 0)`}>
            {l.bars
              .filter((bar) => bar.x2 > LABEL_PX + l.shift)
              .map((bar) => (
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
          </g>
        </svg>
        <line className="hv-axis" x1={LABEL_PX} x2={LABEL_PX} y1={0} y2={height} />
      </svg>
      <p className="hint">{legend(history.check?.result.linearizable)}</p>
    </>
  )
}

function barName(history: ReturnType<typeof historyAt>, bar: HistoryBar): string {
  const where =
    bar.status === 'stuck'
      ? t('history.stuck')
      : bar.place === null
        ? ''
        : t(bar.status === 'prefix' ? 'history.inPrefix' : 'history.linearizedAt', {
            place: bar.place,
          })
  return `${describeOp(history, bar.id)}${bar.open ? t('history.noReply') : ''}${where}`
}

function legend(verdict: boolean | 'unknown' | undefined): string {
  if (verdict === true) return t('history.legendOrder')
  if (verdict === false) return t('history.legendStuck')
  return t('history.legendBars')
}
