/**
 * The Stale blocks vs delay tab: on a button press, the scenario's block interval runs
 * headlessly at each propagation delay (stale-sweep.ts, in a worker), and a chart and a
 * table set the simulated stale rate beside the model 1 − e^(−delay/interval).
 */

import './nakamoto-views.css'
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useAppStore } from '../../../store/context'
import { t, useLocale } from '../../../i18n'
import { formatMs } from '../../../render/charts/time-format'
import { localDecimals } from '../../../i18n/numbers'
import { useWidth } from '../../../components/use-width'
import { stalePlan, SWEEP_BLOCKS, SWEEP_MINERS, type StalePoint } from '../stale-sweep'
import { drawStaleChart, type StaleChartModel } from './stale-chart'
import { staleSweeps } from './stale-runner'
import type { SweepState } from '../../../components/sweeps/sweep-runner'
import type { AppState } from '../../../store/app-store'

const selectScenario = (s: AppState) => s.scenario

const percent = (v: number) => `${localDecimals((v * 100).toFixed(1))}%`

export function StaleView() {
  useLocale()
  const scenario = useAppStore(selectScenario)
  const key = staleSweeps.key(scenario)
  const sweep = useSyncExternalStore(staleSweeps.subscribe, () => staleSweeps.get(key))
  const plan = stalePlan(scenario)
  const running = sweep?.status === 'running'
  return (
    <section className="panel nk-view" aria-label={t('nakamoto.views.stale.title')}>
      <h2>{t('nakamoto.views.stale.title')}</h2>
      <p>
        {t('nakamoto.views.stale.plan', {
          miners: SWEEP_MINERS,
          blocks: SWEEP_BLOCKS,
          interval: formatMs(plan[0]!.intervalMs),
          delays: plan.map((c) => formatMs(c.delayMs)).join(', '),
        })}
      </p>
      <div className="nk-sweep-actions">
        {running ? (
          <button type="button" onClick={staleSweeps.stop}>
            {t('nakamoto.views.stale.stop')}
          </button>
        ) : (
          <button type="button" onClick={() => staleSweeps.start(scenario)}>
            {t(sweep === null ? 'nakamoto.views.stale.run' : 'nakamoto.views.stale.runAgain')}
          </button>
        )}
        <span role="status">{statusText(sweep, plan.length)}</span>
      </div>
      {sweep === null || sweep.results.length === 0 ? null : (
        <StaleResults points={sweep.results} maxDelayMs={plan.at(-1)!.delayMs} />
      )}
    </section>
  )
}

function statusText(sweep: SweepState<StalePoint> | null, total: number): string {
  if (sweep === null) return ''
  const done = sweep.results.length
  switch (sweep.status) {
    case 'running':
      return t('nakamoto.views.stale.progress', { done, total })
    case 'done':
      return t('nakamoto.views.stale.done', { total })
    case 'stopped':
      return t('nakamoto.views.stale.stopped', { done, total })
    case 'failed':
      return t('nakamoto.views.stale.failed', { message: sweep.error ?? '' })
  }
}

function StaleResults(props: {
  readonly points: readonly StalePoint[]
  readonly maxDelayMs: number
}) {
  const { points, maxDelayMs } = props
  const box = useRef<HTMLDivElement>(null)
  const widthPx = useWidth(box)
  const title = t('nakamoto.views.stale.chart')
  const model: StaleChartModel = {
    title,
    label: `${title}: ${points
      .map((p) =>
        t('nakamoto.views.stale.point', {
          delay: formatMs(p.delayMs),
          rate: percent(p.rate),
          model: percent(p.model),
        }),
      )
      .join('; ')}`,
    intervalMs: points[0]!.intervalMs,
    maxDelayMs,
    points,
    formatTick: formatMs,
  }
  useEffect(() => {
    if (widthPx > 0) drawStaleChart(box.current!.querySelector('.nk-stale-slot')!, model, widthPx)
  })
  return (
    <div ref={box}>
      <div className="nk-stale-slot" />
      <p className="nk-note">{t('nakamoto.views.stale.key')}</p>
      <table className="nk-stale-table">
        <caption className="sr-only">{t('nakamoto.views.stale.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('nakamoto.views.stale.delay')}</th>
            <th scope="col">{t('nakamoto.views.stale.simulated')}</th>
            <th scope="col">{t('nakamoto.views.stale.model')}</th>
            <th scope="col">{t('nakamoto.views.stale.blocks')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.delayMs}>
              <th scope="row">{formatMs(p.delayMs)}</th>
              <td>
                {percent(p.rate)} ± {percent(2 * p.standardError)}
              </td>
              <td>{percent(p.model)}</td>
              <td>{t('nakamoto.views.stale.staleOf', { stale: p.stale, decided: p.decided })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
